#include "stampsfile.h"

#include <cstring>

namespace Byline::Core::StampsFile {

namespace {

constexpr quint32 magic = 0x42795354; // "ByST"
constexpr quint32 version = 3;

// Appends and reads the stamps file's fields: native byte order, as it never leaves the machine.
template<typename T>
void put(QByteArray &bytes, T value)
{
    bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void putText(QByteArray &bytes, const QByteArray &text)
{
    put(bytes, quint32(text.size()));
    bytes.append(text);
}

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
        if (!get(size) || m_at + qsizetype(size) > m_bytes.size())
            return false;
        text = m_bytes.mid(m_at, size);
        m_at += size;
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

void putStamp(QByteArray &bytes, const Stamp &stamp)
{
    put(bytes, stamp.mtime);
    put(bytes, stamp.ctime);
    put(bytes, stamp.size);
    put(bytes, stamp.inode);
}

} // namespace

QByteArray serialized(const Contents &contents)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(contents.folders.size()) * 64 + 1024);
    put(bytes, magic);
    put(bytes, version);
    putText(bytes, contents.head);
    putText(bytes, contents.own);
    put(bytes, quint32(contents.folders.size()));
    for (const Folder &folder : contents.folders) {
        putText(bytes, folder.path);
        putStamp(bytes, folder.stamp);
        put(bytes, quint32(folder.files.size()));
        for (const auto &[name, stamp] : folder.files) {
            putText(bytes, name);
            putStamp(bytes, stamp);
        }
    }
    return bytes;
}

std::optional<Contents> parsed(const QByteArray &bytes)
{
    // The fewest bytes a folder and a file take: a name's length, a stamp (and a count of files).
    constexpr qsizetype stampSize = 4 * sizeof(qint64);
    constexpr qsizetype folderSize = sizeof(quint32) + stampSize + sizeof(quint32);
    constexpr qsizetype fileSize = sizeof(quint32) + stampSize;
    Reader reader(bytes);
    quint32 readMagic = 0;
    quint32 readVersion = 0;
    quint32 count = 0;
    Contents contents;
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
