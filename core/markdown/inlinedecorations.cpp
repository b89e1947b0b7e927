#include "inlinedecorations.h"

#include <algorithm>

namespace Byline::Core {

namespace {

constexpr char32_t firstMarker = 0xF0000;

QString marker(qsizetype code)
{
    const char32_t point = firstMarker + char32_t(code);
    return QString::fromUcs4(&point, 1);
}

} // namespace

qsizetype InlineDecorations::add(Decoration decoration)
{
    if (m_decorations.size() >= maximum)
        return -1;
    m_decorations.append(std::move(decoration));
    return m_decorations.size() - 1;
}

QString InlineDecorations::opening(qsizetype index)
{
    return marker(2 * index);
}

QString InlineDecorations::closing(qsizetype index)
{
    return marker(2 * index + 1);
}

qsizetype InlineDecorations::markerAt(QStringView text, qsizetype at)
{
    if (at + 1 >= text.size() || !text[at].isHighSurrogate() || !text[at + 1].isLowSurrogate())
        return -1;
    const char32_t point = QChar::surrogateToUcs4(text[at], text[at + 1]);
    if (point < firstMarker || point >= firstMarker + 2 * maximum)
        return -1;
    return qsizetype(point - firstMarker);
}

bool InlineDecorations::holdsMarkers(QStringView text)
{
    // Markers are outside the Basic Multilingual Plane; most blocks of an article hold no
    // surrogate at all, and go through untouched.
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isHighSurrogate(); });
}

QString InlineDecorations::toHtml(QStringView html) const
{
    if (!holdsMarkers(html))
        return html.toString();
    QString out;
    out.reserve(html.size() + html.size() / 4);
    qsizetype open = -1; // the decoration open here
    bool inTag = false;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const qsizetype code = markerAt(html, i);
        if (code >= 0) {
            ++i; // the low surrogate
            const qsizetype index = code / 2;
            if (inTag || index >= m_decorations.size())
                continue;
            const Decoration &decoration = m_decorations.at(index);
            if (code % 2 == 0) {
                out += decoration.open;
                if (!decoration.close.isEmpty())
                    open = index;
            } else if (open == index) {
                out += decoration.close;
                open = -1;
            }
            continue;
        }
        const QChar c = html[i];
        if (c == u'<' && !inTag) {
            inTag = true;
            if (open >= 0)
                out += m_decorations.at(open).close;
        }
        out += c;
        if (c == u'>' && inTag) {
            inTag = false;
            if (open >= 0)
                out += m_decorations.at(open).open;
        }
    }
    if (open >= 0)
        out += m_decorations.at(open).close;
    return out;
}

QString InlineDecorations::toPlainText(QStringView text) const
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype code = markerAt(text, i);
        if (code < 0) {
            out += text[i];
            continue;
        }
        ++i;
        const qsizetype index = code / 2;
        if (index < m_decorations.size())
            out += code % 2 == 0 ? m_decorations.at(index).plainOpen : m_decorations.at(index).plainClose;
    }
    return out;
}

QString InlineDecorations::visibleText(QStringView text) const
{
    if (!holdsMarkers(text))
        return text.toString();
    QString out;
    out.reserve(text.size());
    bool hidden = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype code = markerAt(text, i);
        if (code < 0) {
            if (!hidden)
                out += text[i];
            continue;
        }
        ++i;
        const qsizetype index = code / 2;
        if (index < m_decorations.size() && !m_decorations.at(index).counted)
            hidden = code % 2 == 0;
    }
    return out;
}

} // namespace Byline::Core
