#include "worddiff.h"

#include "worddiffbuilder.h"

#include <algorithm>

namespace Byline::Core {

bool WordDiff::isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

WordDiff::Kind WordDiff::Change::kind() const
{
    if (before.start == before.end)
        return Kind::Added;
    return after.start == after.end ? Kind::Deleted : Kind::Replaced;
}

WordDiff WordDiff::wholeChange(QStringView before, QStringView after)
{
    WordDiff whole;
    whole.m_changes.push_back({{0, before.size()}, {0, after.size()}});
    return whole;
}

void WordDiff::shift(qsizetype beforeStart, qsizetype afterStart)
{
    for (Change &change : m_changes) {
        change.before = {change.before.start + beforeStart, change.before.end + beforeStart};
        change.after = {change.after.start + afterStart, change.after.end + afterStart};
    }
}

WordDiff WordDiff::compare(QStringView before, QStringView after)
{
    if (before == after)
        return {};
    // Past what a piece can point into (gigabytes; no article comes near): one change.
    if (std::max(before.size(), after.size()) > DiffScript::longestText)
        return wholeChange(before, after);
    return buildWordDiff(before, after);
}

WordDiff WordDiff::compare(QStringView before, QStringView after, qsizetype beforeStart, qsizetype afterStart)
{
    WordDiff diff = compare(before.sliced(beforeStart), after.sliced(afterStart));
    diff.shift(beforeStart, afterStart);
    return diff;
}

WordDiff::Prepared::Prepared(QStringView text, qsizetype from)
    : m_text(text)
    , m_from(from)
{
    if (text.size() - from <= DiffScript::longestText)
        m_lines = DiffScript::linesOf(text.sliced(from));
}

WordDiff::Prepared::Prepared(QStringView text, qsizetype from, const LineStarts &lines)
    : m_text(text)
    , m_from(from)
{
    if (text.size() - from <= DiffScript::longestText)
        m_lines = DiffScript::linesOf(text, from, lines);
}

WordDiff WordDiff::compare(const Prepared &before, const Prepared &after)
{
    const QStringView oldBody = before.m_text.sliced(before.m_from);
    const QStringView newBody = after.m_text.sliced(after.m_from);
    WordDiff diff;
    if (oldBody == newBody)
        return diff;
    if (std::max(oldBody.size(), newBody.size()) > DiffScript::longestText)
        diff = wholeChange(oldBody, newBody);
    else
        diff = buildWordDiff(oldBody, newBody, before.m_lines, after.m_lines);
    diff.shift(before.m_from, after.m_from);
    return diff;
}

} // namespace Byline::Core
