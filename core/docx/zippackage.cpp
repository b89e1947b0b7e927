#include "zippackage.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <limits>

#include <minizip/unzip.h>
#include <minizip/zip.h>

namespace Byline::Core {

// The bytes of a package in memory, with the position minizip reads or writes at. A package
// being made grows as it is written; minizip goes back to fill in each entry's sizes.
struct ZipStream
{
    QByteArray bytes;
    quint64 position = 0;
    bool failed = false;
};

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::ZipWriter)
};

// minizip's file functions, over a ZipStream given as their `opaque`.
voidpf streamOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong streamRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *zip = static_cast<ZipStream *>(stream);
    const quint64 available = quint64(zip->bytes.size()) - std::min(zip->position, quint64(zip->bytes.size()));
    const quint64 count = std::min<quint64>(size, available);
    std::memcpy(buffer, zip->bytes.constData() + zip->position, count);
    zip->position += count;
    return uLong(count);
}

uLong streamWrite(voidpf, voidpf stream, const void *buffer, uLong size)
{
    auto *zip = static_cast<ZipStream *>(stream);
    const quint64 end = zip->position + size;
    if (end > quint64(std::numeric_limits<qsizetype>::max() / 2)) {
        zip->failed = true;
        return 0;
    }
    if (end > quint64(zip->bytes.size()))
        zip->bytes.resize(qsizetype(end));
    std::memcpy(zip->bytes.data() + zip->position, buffer, size);
    zip->position = end;
    return size;
}

ZPOS64_T streamTell(voidpf, voidpf stream)
{
    return static_cast<ZipStream *>(stream)->position;
}

long streamSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *zip = static_cast<ZipStream *>(stream);
    const quint64 size = quint64(zip->bytes.size());
    quint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = zip->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = size;
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    if (offset > size || base > size - offset)
        return -1;
    zip->position = base + offset;
    return 0;
}

int streamClose(voidpf, voidpf)
{
    return 0;
}

int streamError(voidpf, voidpf stream)
{
    return static_cast<ZipStream *>(stream)->failed ? 1 : 0;
}

zlib_filefunc64_def functionsOver(ZipStream *stream)
{
    return {streamOpen, streamRead, streamWrite, streamTell, streamSeek, streamClose, streamError, stream};
}

constexpr uLong utf8Names = 1 << 11; // the general purpose flag: names are UTF-8
constexpr uLong encrypted = 1 << 0;

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
    ZipStream stream;
    qsizetype expected = 1024;
    for (const Part &part : m_parts)
        expected += part.bytes.size() / (part.compress ? 4 : 1) + 128;
    stream.bytes.reserve(expected);
    zlib_filefunc64_def functions = functionsOver(&stream);
    zipFile archive = zipOpen2_64("package", APPEND_STATUS_CREATE, nullptr, &functions);
    if (!archive) {
        *error = Text::tr("the ZIP package could not be made");
        return {};
    }
    zip_fileinfo info {};
    const QDate date = m_time.date();
    const QTime time = m_time.time();
    info.tmz_date = {uInt(time.second()), uInt(time.minute()),    uInt(time.hour()),
                     uInt(date.day()),    uInt(date.month() - 1), uInt(date.year())};
    for (const Part &part : m_parts) {
        const QByteArray name = part.name.toUtf8();
        bool added = zipOpenNewFileInZip4_64(archive, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                             part.compress ? Z_DEFLATED : 0, Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS,
                                             DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, 0, utf8Names, 0)
            == ZIP_OK;
        // minizip writes at most 4 GB at a time; a part is never near that (the article's bounds).
        added = added && zipWriteInFileInZip(archive, part.bytes.constData(), unsigned(part.bytes.size())) == ZIP_OK;
        added = zipCloseFileInZip(archive) == ZIP_OK && added;
        if (!added || stream.failed) {
            zipClose(archive, nullptr);
            *error = Text::tr("the ZIP package could not take %1").arg(part.name);
            return {};
        }
    }
    if (zipClose(archive, nullptr) != ZIP_OK || stream.failed) {
        *error = Text::tr("the ZIP package could not be made");
        return {};
    }
    return stream.bytes;
}

ZipReader::ZipReader(const QByteArray &bytes, const Limits &limits)
    : m_limits(limits)
    , m_stream(std::make_unique<ZipStream>())
{
    m_stream->bytes = bytes;
    zlib_filefunc64_def functions = functionsOver(m_stream.get());
    m_archive = unzOpen2_64("package", &functions);
    if (!m_archive) {
        m_error = Text::tr("it is not a ZIP package, or a damaged one");
        return;
    }
    if (!list()) {
        unzClose(m_archive);
        m_archive = nullptr;
    }
}

ZipReader::~ZipReader()
{
    if (m_archive)
        unzClose(m_archive);
}

// Every entry's name and place, from the central directory, at once.
bool ZipReader::list()
{
    unz_global_info64 global {};
    if (unzGetGlobalInfo64(m_archive, &global) != UNZ_OK) {
        m_error = Text::tr("it is not a ZIP package, or a damaged one");
        return false;
    }
    if (qint64(global.number_entry) > m_limits.entries) {
        m_error = Text::tr("it holds more than %1 parts").arg(m_limits.entries);
        return false;
    }
    m_names.reserve(qsizetype(global.number_entry));
    for (int status = unzGoToFirstFile(m_archive); status == UNZ_OK; status = unzGoToNextFile(m_archive)) {
        char name[1024];
        unz_file_info64 info {};
        unz64_file_pos place {};
        if (unzGetCurrentFileInfo64(m_archive, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK
            || unzGetFilePos64(m_archive, &place) != UNZ_OK) {
            m_error = Text::tr("it is not a ZIP package, or a damaged one");
            return false;
        }
        const QString entry = QString::fromUtf8(name, qsizetype(std::min<uLong>(info.size_filename, sizeof name - 1)));
        if (m_entries.contains(entry))
            continue; // the first of two entries with one name, as Word reads it
        m_names.append(entry);
        m_entries.insert(entry, {place.pos_in_zip_directory, place.num_of_file});
    }
    return true;
}

std::optional<QByteArray> ZipReader::read(const QString &name)
{
    if (!m_archive)
        return std::nullopt;
    const auto found = m_entries.constFind(name);
    unz64_file_pos place {};
    unz_file_info64 info {};
    if (found != m_entries.cend())
        place = {found->directoryOffset, found->fileNumber};
    if (found == m_entries.cend() || unzGoToFilePos64(m_archive, &place) != UNZ_OK
        || unzGetCurrentFileInfo64(m_archive, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
        m_error = Text::tr("its part %1 is missing").arg(name);
        return std::nullopt;
    }
    if ((info.flag & encrypted) != 0) {
        m_error = Text::tr("its part %1 is encrypted").arg(name);
        return std::nullopt;
    }
    if (info.compression_method != 0 && info.compression_method != Z_DEFLATED) {
        m_error = Text::tr("its part %1 is compressed in a way Word documents are not").arg(name);
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
    if (info.uncompressed_size > quint64(bound))
        return tooLarge();
    if (unzOpenCurrentFile(m_archive) != UNZ_OK) {
        m_error = Text::tr("its part %1 cannot be read").arg(name);
        return std::nullopt;
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<quint64>(info.uncompressed_size, 8 * 1024 * 1024)));
    char buffer[64 * 1024];
    int got = 0;
    while ((got = unzReadCurrentFile(m_archive, buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, got);
        if (bytes.size() > bound) {
            unzCloseCurrentFile(m_archive);
            return tooLarge();
        }
    }
    // Closing checks the checksum of what was read.
    if (unzCloseCurrentFile(m_archive) != UNZ_OK || got < 0) {
        m_error = Text::tr("its part %1 is damaged").arg(name);
        return std::nullopt;
    }
    const qint64 compressed = std::max<qint64>(qint64(info.compressed_size), 1);
    if (bytes.size() > 1024 * 1024 && bytes.size() > m_limits.ratio * compressed) {
        m_error = Text::tr("its part %1 inflates %2 times over, as a ZIP bomb does")
                      .arg(name)
                      .arg(bytes.size() / compressed);
        return std::nullopt;
    }
    m_read += bytes.size();
    return bytes;
}

} // namespace Byline::Core
