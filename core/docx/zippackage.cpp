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

ZipReader::ZipReader(const QByteArray &bytes, const Limits &limits)
    : m_bytes(bytes)
    , m_limits(limits)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &zipError);
    if (source)
        m_archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zipError);
    if (!m_archive) {
        zip_source_free(source);
        m_error = Text::tr("it is not a ZIP package, or a damaged one (%1)")
                      .arg(QString::fromUtf8(zip_error_strerror(&zipError)));
    } else if (zip_get_num_entries(m_archive, 0) > m_limits.entries) {
        m_error = Text::tr("it holds more than %1 parts").arg(m_limits.entries);
        zip_discard(m_archive);
        m_archive = nullptr;
    }
    zip_error_fini(&zipError);
}

ZipReader::~ZipReader()
{
    if (m_archive)
        zip_discard(m_archive);
}

QStringList ZipReader::names() const
{
    QStringList names;
    if (!m_archive)
        return names;
    const zip_int64_t count = zip_get_num_entries(m_archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(m_archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS))
            names.append(QString::fromUtf8(name));
    }
    return names;
}

bool ZipReader::contains(const QString &name) const
{
    return m_archive && zip_name_locate(m_archive, name.toUtf8().constData(), 0) >= 0;
}

std::optional<QByteArray> ZipReader::read(const QString &name)
{
    if (!m_archive)
        return std::nullopt;
    const zip_int64_t index = zip_name_locate(m_archive, name.toUtf8().constData(), 0);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (index < 0 || zip_stat_index(m_archive, zip_uint64_t(index), 0, &stat) != 0) {
        m_error = Text::tr("its part %1 is missing").arg(name);
        return std::nullopt;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
        m_error = Text::tr("its part %1 is encrypted").arg(name);
        return std::nullopt;
    }
    // The sizes an entry claims bound the reading, and are not trusted beyond it.
    const qint64 bound = std::min(m_limits.partBytes, m_limits.totalBytes - m_read);
    const auto tooLarge = [&] {
        m_error = Text::tr("its part %1 inflates to more than %2 MB, more than any article needs")
                      .arg(name)
                      .arg(bound / 1024 / 1024);
        return std::nullopt;
    };
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && qint64(stat.size) > bound)
        return tooLarge();
    zip_file_t *file = zip_fopen_index(m_archive, zip_uint64_t(index), 0);
    if (!file) {
        m_error = Text::tr("its part %1 cannot be read (%2)").arg(name, QString::fromUtf8(zip_strerror(m_archive)));
        return std::nullopt;
    }
    QByteArray bytes;
    char buffer[64 * 1024];
    zip_int64_t got = 0;
    while ((got = zip_fread(file, buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, qsizetype(got));
        if (bytes.size() > bound) {
            zip_fclose(file);
            return tooLarge();
        }
    }
    zip_fclose(file);
    if (got < 0) {
        m_error = Text::tr("its part %1 is damaged").arg(name);
        return std::nullopt;
    }
    const qint64 compressed = (stat.valid & ZIP_STAT_COMP_SIZE) != 0 ? qint64(stat.comp_size) : bytes.size();
    if (bytes.size() > 1024 * 1024 && bytes.size() > m_limits.ratio * std::max<qint64>(compressed, 1)) {
        m_error = Text::tr("its part %1 inflates %2 times over, as a ZIP bomb does")
                      .arg(name)
                      .arg(bytes.size() / std::max<qint64>(compressed, 1));
        return std::nullopt;
    }
    m_read += bytes.size();
    return bytes;
}

} // namespace Byline::Core
