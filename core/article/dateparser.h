#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace Byline::Core {

// A date as an article states it. `date` is the calendar date the author wrote (never shifted
// to UTC); `dateTime` is set when a time was given too, with its offset when one was given.
struct ArticleDate
{
    QDate date;
    QDateTime dateTime;

    [[nodiscard]] bool hasTime() const { return dateTime.isValid(); }
    friend bool operator==(const ArticleDate &, const ArticleDate &) = default;
};

// Reads the dates real front matter and bylines carry: ISO dates and date-times
// (`2011-11-15`, `2011-11-15T10:00:00Z`), Hugo/Jekyll style `2015-03-17 10:00:00 -4`,
// unpadded `2024-4-09`, `2011/11/15`, and written-out English dates (`November 15, 2011`,
// `15 Nov 2011`).
class DateParser final
{
public:
    [[nodiscard]] static std::optional<ArticleDate> parse(const QString &text);
    // Front-matter values arrive as strings (YAML) or as native dates (TOML).
    [[nodiscard]] static std::optional<ArticleDate> fromVariant(const QVariant &value);
    // `2011-11-15-title.md` → 2011-11-15; the Jekyll convention for post file names.
    [[nodiscard]] static std::optional<QDate> fromFileName(const QString &fileName);
};

} // namespace Byline::Core
