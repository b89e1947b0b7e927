#include "zippackage.h"

#include <QCoreApplication>

#include <memory>

#include <zip.h>

namespace Byline::Core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::ZipWriter)
};

struct SourceFree
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceFree>;

QString failure(zip_error_t *error)
{
    return Text::tr("the ZIP package could not be made (%1)").arg(QString::fromUtf8(zip_error_strerror(error)));
}

} // namespace

ZipWriter::ZipWriter(const QDateTime &time)
    : m_time(time.isValid() ? time : QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC))
{ }

void ZipWriter::add(const QString &name, const QByteArray &bytes, bool compress)
{
    m_parts.append({name, bytes, compress});
}

QByteArray ZipWriter::finish(QString *error) const
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    const Source buffer(zip_source_buffer_create(nullptr, 0, 0, &zipError));
    if (!buffer) {
        *error = failure(&zipError);
        zip_error_fini(&zipError);
        return {};
    }
    zip_source_keep(buffer.get()); // zip_close() would free it; its bytes are read after
    zip_t *archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &zipError);
    if (!archive) {
        zip_source_free(buffer.get()); // the reference zip_source_keep() took
        *error = failure(&zipError);
        zip_error_fini(&zipError);
        return {};
    }
    const time_t time = time_t(m_time.toSecsSinceEpoch());
    for (const Part &part : m_parts) {
        // The part's bytes live in m_parts until zip_close() has read them: no copy.
        zip_source_t *data = zip_source_buffer(archive, part.bytes.constData(), zip_uint64_t(part.bytes.size()), 0);
        const zip_int64_t index = data
            ? zip_file_add(archive, part.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
            : -1;
        if (index < 0) {
            zip_source_free(data);
            *error = Text::tr("the ZIP package could not take %1 (%2)")
                         .arg(part.name, QString::fromUtf8(zip_strerror(archive)));
            zip_discard(archive);
            return {};
        }
        zip_set_file_compression(archive, zip_uint64_t(index), part.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        zip_file_set_mtime(archive, zip_uint64_t(index), time, 0);
    }
    if (zip_close(archive) != 0) {
        *error = Text::tr("the ZIP package could not be made (%1)").arg(QString::fromUtf8(zip_strerror(archive)));
        zip_discard(archive);
        return {};
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    QByteArray bytes;
    if (zip_source_stat(buffer.get(), &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0
        && zip_source_open(buffer.get()) == 0) {
        bytes.resize(qsizetype(stat.size));
        const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), stat.size);
        zip_source_close(buffer.get());
        if (read != zip_int64_t(stat.size))
            bytes.clear();
    }
    if (bytes.isEmpty())
        *error = Text::tr("the ZIP package could not be read back from memory");
    return bytes;
}

} // namespace Byline::Core
