#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

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

} // namespace Byline::Core
