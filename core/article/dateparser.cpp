#include "dateparser.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Byline::Core {

namespace {

std::optional<QTimeZone> parseOffset(const QString &offset)
{
    if (offset.isEmpty())
        return std::nullopt;
    if (offset == QLatin1String("Z") || offset == QLatin1String("z") || offset == QLatin1String("UTC")
        || offset == QLatin1String("GMT"))
        return QTimeZone::utc();
    static const QRegularExpression re(QStringLiteral(R"(^([+-])(\d{1,2})(?::?(\d{2}))?$)"));
    const auto m = re.match(offset);
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(2).toInt();
    const int minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int sign = m.captured(1) == QLatin1String("-") ? -1 : 1;
    return QTimeZone(sign * (hours * 3600 + minutes * 60));
}

std::optional<ArticleDate> parseNumeric(const QString &text)
{
    // The common case, a plain ISO date, without the expression (its first use compiles it).
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return ArticleDate {date, {}};
    }
    // date, then optionally a time (after 'T' or a space), then optionally an offset
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?)?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    ArticleDate result;
    result.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!result.date.isValid())
        return std::nullopt;
    if (m.capturedLength(4) > 0) {
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (!time.isValid())
            return std::nullopt;
        const QString offset = m.captured(7);
        if (offset.isEmpty()) {
            result.dateTime = QDateTime(result.date, time);
        } else {
            const auto zone = parseOffset(offset);
            if (!zone)
                return std::nullopt;
            result.dateTime = QDateTime(result.date, time, *zone);
        }
    }
    return result;
}

std::optional<ArticleDate> parseWritten(QString text)
{
    text.remove(QLatin1Char('.'));
    static const QRegularExpression ordinal(QStringLiteral(R"((\d)(st|nd|rd|th)\b)"));
    text.replace(ordinal, QStringLiteral("\\1"));
    text = text.simplified();
    // Qt 6 reads English month names in fromString regardless of the system locale.
    static const QStringList formats = {
        QStringLiteral("MMMM d, yyyy"),       QStringLiteral("MMM d, yyyy"),     QStringLiteral("MMMM d yyyy"),
        QStringLiteral("MMM d yyyy"),         QStringLiteral("d MMMM yyyy"),     QStringLiteral("d MMM yyyy"),
        QStringLiteral("dddd, MMMM d, yyyy"), QStringLiteral("ddd, d MMM yyyy"),
    };
    if (text.startsWith(QLatin1String("Sept ")))
        text.replace(0, 4, QStringLiteral("Sep"));
    for (const QString &format : formats) {
        const QDate date = QDate::fromString(text, format);
        // `yyyy` also reads a signed year (`15 Nov -2010`), which no article means.
        if (date.isValid() && date.year() > 0)
            return ArticleDate {date, {}};
    }
    return std::nullopt;
}

} // namespace

std::optional<ArticleDate> DateParser::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (auto numeric = parseNumeric(trimmed))
        return numeric;
    return parseWritten(trimmed);
}

std::optional<ArticleDate> DateParser::fromVariant(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().isValid() ? std::optional(ArticleDate {value.toDate(), {}}) : std::nullopt;
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        return dateTime.isValid() ? std::optional(ArticleDate {dateTime.date(), dateTime}) : std::nullopt;
    }
    case QMetaType::QString:
        return parse(value.toString());
    default:
        return std::nullopt;
    }
}

std::optional<QDate> DateParser::fromFileName(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})[-_ ])"));
    const auto m = re.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return date.isValid() ? std::optional(date) : std::nullopt;
}

} // namespace Byline::Core
