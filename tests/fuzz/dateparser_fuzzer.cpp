// The date parser on any text, as front matter, bylines and file names carry dates. Checks: a date
// it returns is valid; a date and time falls on the date written; and the date written back in ISO
// form reads as the same date.
#include "fuzzcheck.h"

#include <article/dateparser.h>

using namespace Byline::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzCheck::text(data, size);
    if (const std::optional<ArticleDate> parsed = DateParser::parse(text)) {
        FUZZ_CHECK(parsed->date.isValid());
        if (parsed->hasTime())
            FUZZ_CHECK(parsed->dateTime.date() == parsed->date);
        const std::optional<ArticleDate> again = DateParser::parse(parsed->date.toString(Qt::ISODate));
        FUZZ_CHECK(again && again->date == parsed->date);
    }
    if (const std::optional<QDate> fromName = DateParser::fromFileName(text))
        FUZZ_CHECK(fromName->isValid());
    return 0;
}
