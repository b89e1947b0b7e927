#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Byline::Core {

struct ZipStream; // a package's bytes as minizip reads and writes them

// A ZIP file made in memory (zlib's minizip), as an Office Open XML package is one: parts added
// in order, each compressed unless it is compressed already (images), all with the same time,
// so the same article gives the same bytes.
class ZipWriter final
{
public:
    explicit ZipWriter(const QDateTime &time = {});

    void add(const QString &name, const QByteArray &bytes, bool compress = true);
    // The whole file; nothing, with `error`, when it could not be made.
    [[nodiscard]] QByteArray finish(QString *error) const;

private:
    struct Part
    {
        QString name;
        QByteArray bytes;
        bool compress = true;
    };
    QList<Part> m_parts;
    QDateTime m_time;
};

// A ZIP file read from memory (zlib's minizip), as a document from anywhere may be built to
// hurt: every part is read with a bound on its size, on all the parts together and on how far
// it inflates (a zip bomb stops at the bound, whatever its entries claim), its checksum is
// checked, and an encrypted entry is refused.
class ZipReader final
{
public:
    struct Limits
    {
        qint64 partBytes = 64 * 1024 * 1024;
        qint64 totalBytes = 256 * 1024 * 1024;
        qint64 entries = 10000;
        qint64 ratio = 200; // inflated ÷ compressed, for a part of more than a megabyte
    };

    explicit ZipReader(const QByteArray &bytes, const Limits &limits);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // Why the package or the last part could not be read; empty while all is well.
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool isOpen() const { return m_archive != nullptr; }
    [[nodiscard]] QStringList names() const { return m_names; }
    [[nodiscard]] bool contains(const QString &name) const { return m_entries.contains(name); }
    // The part's bytes; nothing, with error(), when it is missing, too large, encrypted or damaged.
    [[nodiscard]] std::optional<QByteArray> read(const QString &name);

private:
    struct Entry
    {
        quint64 directoryOffset = 0; // where its central directory record is
        quint64 fileNumber = 0;
    };
    bool list();

    Limits m_limits;
    std::unique_ptr<ZipStream> m_stream;
    void *m_archive = nullptr; // unzFile
    QStringList m_names;
    QHash<QString, Entry> m_entries;
    qint64 m_read = 0;
    QString m_error;
};

} // namespace Byline::Core
