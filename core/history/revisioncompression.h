#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

struct ZSTD_CCtx_s;
struct ZSTD_DCtx_s;

namespace Byline::Core {

// The texts of revisions compressed with zstd, whole (a "key") or as a delta: the text compressed
// with a key as zstd's prefix, so what the two share costs a few bytes. A delta is read with the
// same key; RevisionStore keeps deltas one level deep (delta → key), never a chain.
//
// Holds zstd's contexts, reused from one revision to the next; not thread-safe.
class RevisionCompression final
{
public:
    // zstd's level: high enough that keys stay small, low enough that keeping a revision of a
    // long article stays within its budget (README, "History").
    static constexpr int level = 6;

    RevisionCompression();
    ~RevisionCompression();
    RevisionCompression(const RevisionCompression &) = delete;
    RevisionCompression &operator=(const RevisionCompression &) = delete;

    // `text` compressed, against `key` when it is not empty. Empty only when zstd failed.
    [[nodiscard]] QByteArray compress(QByteArrayView text, QByteArrayView key = {});
    // The text back; nothing when `data` is not what compress() made of it with this `key`.
    [[nodiscard]] std::optional<QByteArray> decompress(QByteArrayView data, QByteArrayView key = {});

private:
    ZSTD_CCtx_s *m_compressor;
    ZSTD_DCtx_s *m_decompressor;
};

} // namespace Byline::Core
