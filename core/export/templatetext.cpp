#include "templatetext.h"

namespace Byline::Core {

QString TemplateText::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), position);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open + 2);
        if (open < 0 || close < 0) {
            out += QStringView(text).sliced(position);
            break;
        }
        out += QStringView(text).sliced(position, open - position);
        const QString name = text.mid(open + 2, close - open - 2).trimmed();
        const auto it = values.constFind(name);
        if (it != values.cend())
            out += *it;
        else
            out += QStringView(text).sliced(open, close + 2 - open);
        position = close + 2;
    }
    return out;
}

} // namespace Byline::Core
