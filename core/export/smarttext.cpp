#include "smarttext.h"

namespace Byline::Core {

namespace {

bool opensQuote(const QString &out)
{
    if (out.isEmpty())
        return true;
    const QChar before = out.back();
    return before.isSpace() || before == u'(' || before == u'[' || before == u'{' || before == u'\u2014'
        || before == u'\u2013' || before == u'\u201C' || before == u'\u2018';
}

} // namespace

QString SmartText::apply(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            out += opensQuote(out) ? QChar(0x201C) : QChar(0x201D);
        } else if (c == u'\'') {
            out += opensQuote(out) ? QChar(0x2018) : QChar(0x2019);
        } else if (c == u'-' && text.mid(i, 3) == QLatin1String("---")) {
            out += QChar(0x2014);
            i += 2;
        } else if (c == u'-' && text.mid(i, 2) == QLatin1String("--")) {
            out += QChar(0x2013);
            i += 1;
        } else if (c == u'.' && text.mid(i, 3) == QLatin1String("...")) {
            out += QChar(0x2026);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace Byline::Core
