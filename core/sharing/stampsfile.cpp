#include "stampsfile.h"

#include <cstring>

namespace Byline::Core::StampsFile {

namespace {

constexpr quint32 magic = 0x42795354; // "ByST"
constexpr quint32 version = 4;

// Writes and reads the stamps file's fields: native byte order, as it never leaves the machine.
// The writer fills a buffer sized beforehand (a file of ten thousand stamps is written at every
// sync, and appending its sixty thousand fields one by one took milliseconds).
class Writer
{
public:
    explicit Writer(char *at)
        : m_at(at)
    { }

    template<typename T>
    void put(T value)
    {
        std::memcpy(m_at, &value, sizeof value);
        m_at += sizeof value;
    }

    // A name: its length, its bytes and a NUL, so that the name read in place can be handed to
    // the system as it is.
    void putText(const QByteArray &text)
    {
        put(quint32(text.size()));
        std::memcpy(m_at, text.constData(), size_t(text.size()));
        m_at += text.size();
        *m_at++ = '\0';
    }

    void putStamp(const Stamp &stamp)
    {
        put(stamp.mtime);
        put(stamp.ctime);
        put(stamp.size);
        put(stamp.inode);
    }

    static constexpr qsizetype stampSize = 4 * sizeof(qint64);
    static qsizetype textSize(const QByteArray &text) { return qsizetype(sizeof(quint32)) + text.size() + 1; }

private:
    char *m_at;
};

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    { }

    template<typename T>
    bool get(T &value)
    {
        if (m_at + qsizetype(sizeof value) > m_bytes.size())
            return false;
        std::memcpy(&value, m_bytes.constData() + m_at, sizeof value);
        m_at += sizeof value;
        return true;
    }

    bool getText(QByteArray &text)
    {
        quint32 size = 0;
        if (!get(size) || m_at + qsizetype(size) >= m_bytes.size() || m_bytes.at(m_at + size) != '\0')
            return false;
        text = QByteArray::fromRawData(m_bytes.constData() + m_at, size);
        m_at += size + 1;
        return true;
    }

    bool getStamp(Stamp &stamp) { return get(stamp.mtime) && get(stamp.ctime) && get(stamp.size) && get(stamp.inode); }

    // Whether `count` records of at least `size` bytes each can still follow: a damaged count
    // must not make the reader reserve room for millions of them.
    [[nodiscard]] bool canHold(quint32 count, qsizetype size) const
    {
        return qsizetype(count) * size <= m_bytes.size() - m_at;
    }

private:
    const QByteArray &m_bytes;
    qsizetype m_at = 0;
};

} // namespace

QByteArray serialized(const Contents &contents)
{
    qsizetype size = 3 * qsizetype(sizeof(quint32)) + Writer::textSize(contents.head) + Writer::textSize(contents.own);
    for (const Folder &folder : contents.folders) {
        size += Writer::textSize(folder.path) + Writer::stampSize + qsizetype(sizeof(quint32));
        for (const auto &file : folder.files)
            size += Writer::textSize(file.first) + Writer::stampSize;
    }
    QByteArray bytes(size, Qt::Uninitialized);
    Writer writer(bytes.data());
    writer.put(magic);
    writer.put(version);
    writer.putText(contents.head);
    writer.putText(contents.own);
    writer.put(quint32(contents.folders.size()));
    for (const Folder &folder : contents.folders) {
        writer.putText(folder.path);
        writer.putStamp(folder.stamp);
        writer.put(quint32(folder.files.size()));
        for (const auto &[name, stamp] : folder.files) {
            writer.putText(name);
            writer.putStamp(stamp);
        }
    }
    return bytes;
}

std::optional<Contents> parsed(const QByteArray &bytes)
{
    // The fewest bytes a folder and a file take: a name's length, a stamp (and a count of files).
    constexpr qsizetype stampSize = 4 * sizeof(qint64);
    constexpr qsizetype folderSize = sizeof(quint32) + 1 + stampSize + sizeof(quint32);
    constexpr qsizetype fileSize = sizeof(quint32) + 1 + stampSize;
    Contents contents;
    contents.bytes = bytes;
    Reader reader(contents.bytes);
    quint32 readMagic = 0;
    quint32 readVersion = 0;
    quint32 count = 0;
    if (!reader.get(readMagic) || readMagic != magic || !reader.get(readVersion) || readVersion != version
        || !reader.getText(contents.head) || contents.head.isEmpty() || !reader.getText(contents.own)
        || !reader.get(count) || !reader.canHold(count, folderSize))
        return std::nullopt;
    contents.folders.resize(count);
    for (Folder &folder : contents.folders) {
        quint32 files = 0;
        if (!reader.getText(folder.path) || !reader.getStamp(folder.stamp) || !reader.get(files)
            || !reader.canHold(files, fileSize))
            return std::nullopt;
        folder.files.resize(files);
        for (auto &[name, stamp] : folder.files) {
            if (!reader.getText(name) || !reader.getStamp(stamp))
                return std::nullopt;
        }
    }
    return contents;
}

} // namespace Byline::Core::StampsFile
