#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct zip;

namespace Byline::Core {

// A ZIP file made in memory (libzip), as an Office Open XML package is one: parts added in
// order, each compressed unless it is compressed already (images), all with the same time, so
// the same article gives the same bytes.
class ZipWriter final
{
public:
    explicit ZipWriter(const QDateTime &time = {});

    void add(const QString &name, const QByteArray &bytes, bool compress = true);
    // The whole file; nothing, with `error`, when libzip could not make it.
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

// A ZIP file read from memory (libzip), as a document from anywhere may be built to hurt: every
// part is read with a bound on its size, on all the parts together and on how far it inflates
// (a zip bomb stops at the bound, whatever its entries claim), and an encrypted entry is refused.
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
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] bool contains(const QString &name) const;
    // The part's bytes; nothing, with error(), when it is missing, too large, encrypted or damaged.
    [[nodiscard]] std::optional<QByteArray> read(const QString &name);

private:
    QByteArray m_bytes; // libzip reads from these
    Limits m_limits;
    zip *m_archive = nullptr;
    qint64 m_read = 0;
    QString m_error;
};

} // namespace Byline::Core
