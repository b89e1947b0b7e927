#pragma once

#include <QStringView>

#include <bit>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Byline::Core {

// Calls `found(position)` for each line feed of `text`, in order. The text is read several
// characters at a time in one pass: a long draft has tens of thousands of lines, and a search
// started for each line (QStringView::indexOf) costs as much as reading the line.
template<typename Found>
void forEachLineFeed(QStringView text, Found found)
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight characters a comparison; the mask has two bits for each that is a line feed.
    const __m128i feeds = _mm_set1_epi16(u'\n');
    for (; i + 8 <= size; i += 8) {
        const __m128i eight = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        for (auto mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi16(eight, feeds))); mask != 0;) {
            const int bit = std::countr_zero(mask);
            found(i + bit / 2);
            mask &= ~(3U << bit);
        }
    }
#endif
    for (; i < size; ++i) {
        if (data[i] == u'\n')
            found(i);
    }
}

// Where each line of a text starts, for finding the line of a position.
class LineStarts final
{
public:
    explicit LineStarts(QStringView text);

    // 1-based, as editors and diff(1) count them.
    [[nodiscard]] qsizetype lineOf(qsizetype position) const;
    // The same, stepping forward from line `from` when the position is not before it: a caller
    // that asks in the order of the text pays for the lines it passes, not a search each time.
    [[nodiscard]] qsizetype lineOf(qsizetype position, qsizetype from) const;
    [[nodiscard]] qsizetype columnOf(qsizetype position) const { return position - lineStart(position) + 1; }
    [[nodiscard]] qsizetype lineStart(qsizetype position) const { return startOfLine(lineOf(position)); }
    // Where the line of `position` ends, before its line break.
    [[nodiscard]] qsizetype lineEnd(qsizetype position) const { return endOfLine(lineOf(position)); }
    // The same for a line by its number.
    [[nodiscard]] qsizetype startOfLine(qsizetype line) const { return m_starts[std::size_t(line - 1)]; }
    [[nodiscard]] qsizetype endOfLine(qsizetype line) const;
    [[nodiscard]] qsizetype lineCount() const { return qsizetype(m_starts.size()); }
    [[nodiscard]] const std::vector<qsizetype> &starts() const { return m_starts; }

private:
    std::vector<qsizetype> m_starts;
    qsizetype m_size = 0;
};

} // namespace Byline::Core
