#include "linestarts.h"

#include <algorithm>

namespace Byline::Core {

LineStarts::LineStarts(QStringView text)
    : m_size(text.size())
{
    m_starts.reserve(std::size_t(text.size() / 32) + 16);
    m_starts.push_back(0);
    forEachLineFeed(text, [this](qsizetype feed) { m_starts.push_back(feed + 1); });
}

qsizetype LineStarts::lineOf(qsizetype position) const
{
    return std::upper_bound(m_starts.cbegin(), m_starts.cend(), position) - m_starts.cbegin();
}

qsizetype LineStarts::lineOf(qsizetype position, qsizetype from) const
{
    if (from < 1 || from > lineCount() || position < startOfLine(from))
        return lineOf(position);
    auto line = std::size_t(from);
    while (line < m_starts.size() && m_starts[line] <= position)
        ++line;
    return qsizetype(line);
}

qsizetype LineStarts::endOfLine(qsizetype line) const
{
    return std::size_t(line) < m_starts.size() ? m_starts[std::size_t(line)] - 1 : m_size;
}

} // namespace Byline::Core
