#include "revisioncompression.h"

#include <algorithm>
#include <bit>

#include <zstd.h>

namespace Byline::Core {

namespace {

// Large enough for the largest article Byline opens (ArticleFile::maxBytes) with its key before
// it, and what zstd decodes by default without being asked for more memory.
constexpr int largestWindowLog = 27;
constexpr int smallestWindowLog = 10; // ZSTD_WINDOWLOG_MIN, which zstd.h shows only to static linking

// The window that reaches back over the whole key from the end of the text, so a delta finds
// every part of it.
int windowLogFor(qsizetype bytes)
{
    const int needed = int(std::bit_width(quint64(std::max<qsizetype>(bytes, 1))));
    return std::clamp(needed, smallestWindowLog, largestWindowLog);
}

} // namespace

RevisionCompression::RevisionCompression()
    : m_compressor(ZSTD_createCCtx())
    , m_decompressor(ZSTD_createDCtx())
{ }

RevisionCompression::~RevisionCompression()
{
    ZSTD_freeCCtx(m_compressor);
    ZSTD_freeDCtx(m_decompressor);
}

QByteArray RevisionCompression::compress(QByteArrayView text, QByteArrayView key)
{
    if (!m_compressor)
        return {};
    ZSTD_CCtx_reset(m_compressor, ZSTD_reset_session_and_parameters);
    ZSTD_CCtx_setParameter(m_compressor, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(m_compressor, ZSTD_c_checksumFlag, 1); // a damaged blob is found, not misread
    if (!key.isEmpty()) {
        ZSTD_CCtx_setParameter(m_compressor, ZSTD_c_windowLog, windowLogFor(key.size() + text.size()));
        ZSTD_CCtx_refPrefix(m_compressor, key.data(), size_t(key.size()));
    }
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(text.size()))), Qt::Uninitialized);
    const size_t written
        = ZSTD_compress2(m_compressor, out.data(), size_t(out.size()), text.data(), size_t(text.size()));
    if (ZSTD_isError(written))
        return {};
    out.truncate(qsizetype(written));
    return out;
}

std::optional<QByteArray> RevisionCompression::decompress(QByteArrayView data, QByteArrayView key)
{
    if (!m_decompressor)
        return std::nullopt;
    const unsigned long long size = ZSTD_getFrameContentSize(data.data(), size_t(data.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > quint64(1) << 31)
        return std::nullopt;
    ZSTD_DCtx_reset(m_decompressor, ZSTD_reset_session_and_parameters);
    ZSTD_DCtx_setParameter(m_decompressor, ZSTD_d_windowLogMax, largestWindowLog);
    if (!key.isEmpty())
        ZSTD_DCtx_refPrefix(m_decompressor, key.data(), size_t(key.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const size_t read
        = ZSTD_decompressDCtx(m_decompressor, out.data(), size_t(out.size()), data.data(), size_t(data.size()));
    if (ZSTD_isError(read) || read != size)
        return std::nullopt;
    return out;
}

} // namespace Byline::Core
