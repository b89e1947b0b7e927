#include "articlemetadata.h"

#include "frontmatter.h"

#include <QCoreApplication>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::ArticleMetadata)
};

// A list item may be a plain name or a map such as `{name: Ann Lee, email: …}` (Hugo, Eleventy).
QString personName(const QVariant &item)
{
    if (item.typeId() == QMetaType::QVariantMap)
        return item.toMap().value(QStringLiteral("name")).toString().trimmed();
    return item.toString().trimmed();
}

QStringList stringList(const QVariant &value, bool splitCommas)
{
    QStringList result;
    if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : value.toList()) {
            const QString text = personName(item);
            if (!text.isEmpty())
                result.append(text);
        }
    } else if (value.isValid() && !value.isNull()) {
        const QString text = value.toString();
        const QStringList parts = splitCommas ? text.split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList {text};
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                result.append(part.trimmed());
        }
    }
    return result;
}

QString scalar(const FrontMatter &frontMatter, const QString &key, Diagnostics *diagnostics)
{
    const QVariant value = frontMatter.value(key);
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QVariantMap) {
        if (diagnostics) {
            diagnostics->append(
                {Diagnostic::Severity::Warning, frontMatter.line(key),
                 Text::tr("`%1` should be a single value, not a list or a map; it is ignored").arg(key)});
        }
        return {};
    }
    return value.toString().trimmed();
}

std::optional<ArticleDate> dateValue(const FrontMatter &frontMatter, const QString &key, Diagnostics *diagnostics)
{
    const QVariant value = frontMatter.value(key);
    if (!value.isValid() || value.isNull() || value.toString().trimmed().isEmpty())
        return std::nullopt;
    auto date = DateParser::fromVariant(value);
    if (!date && diagnostics) {
        diagnostics->append(
            {Diagnostic::Severity::Warning, frontMatter.line(key),
             Text::tr("`%1: %2` is not a date Byline can read; write it as YYYY-MM-DD").arg(key, value.toString())});
    }
    return date;
}

QVariant dateToVariant(const ArticleDate &date)
{
    return date.hasTime() ? QVariant(date.dateTime) : QVariant(date.date);
}

} // namespace

QString ArticleMetadata::authorLine() const
{
    if (authors.size() <= 1)
        return authors.value(0);
    return QStringList(authors.mid(0, authors.size() - 1)).join(QLatin1String(", ")) + Text::tr(" and ")
        + authors.constLast();
}

ArticleMetadata ArticleMetadata::fromFrontMatter(const FrontMatter &frontMatter, Diagnostics *diagnostics)
{
    ArticleMetadata meta;
    if (frontMatter.isNull())
        return meta;
    meta.title = scalar(frontMatter, QStringLiteral("title"), diagnostics);
    for (const char *key : {"author", "authors", "by"}) {
        meta.authors += stringList(frontMatter.value(QLatin1String(key)), false);
    }
    meta.authors.removeDuplicates();
    meta.date = dateValue(frontMatter, QStringLiteral("date"), diagnostics);
    meta.status = scalar(frontMatter, QStringLiteral("status"), diagnostics).toLower();
    meta.tags = stringList(frontMatter.value(QStringLiteral("tags")), true);
    meta.lang = scalar(frontMatter, QStringLiteral("lang"), diagnostics);
    if (meta.lang.isEmpty())
        meta.lang = scalar(frontMatter, QStringLiteral("language"), diagnostics);
    meta.deadline = dateValue(frontMatter, QStringLiteral("deadline"), diagnostics);
    const QString words = scalar(frontMatter, QStringLiteral("words"), diagnostics);
    if (!words.isEmpty()) {
        bool ok = false;
        meta.targetWords = words.toInt(&ok);
        if ((!ok || meta.targetWords < 0) && diagnostics) {
            diagnostics->append({Diagnostic::Severity::Warning, frontMatter.line(QStringLiteral("words")),
                                 Text::tr("`words: %1` should be the target length as a whole number, "
                                          "such as `words: 800`")
                                     .arg(words)});
        }
        if (!ok || meta.targetWords < 0)
            meta.targetWords = 0;
    }
    meta.publication = scalar(frontMatter, QStringLiteral("publication"), diagnostics);
    meta.summary = scalar(frontMatter, QStringLiteral("summary"), diagnostics);
    meta.spellingIgnore = stringList(frontMatter.value(QStringLiteral("spelling_ignore")), true);
    return meta;
}

void ArticleMetadata::writeTo(FrontMatter &frontMatter) const
{
    QList<std::pair<QString, QVariant>> values;
    const auto add = [&values](const char *key, const QVariant &value) {
        values.append({QString::fromLatin1(key), value});
    };
    if (!title.isEmpty())
        add("title", title);
    if (authors.size() == 1)
        add("author", authors.constFirst());
    else if (authors.size() > 1)
        add("authors", authors);
    if (date)
        add("date", dateToVariant(*date));
    if (!status.isEmpty())
        add("status", status);
    if (!tags.isEmpty())
        add("tags", tags);
    if (!lang.isEmpty())
        add("lang", lang);
    if (deadline)
        add("deadline", dateToVariant(*deadline));
    if (targetWords > 0)
        add("words", targetWords);
    if (!publication.isEmpty())
        add("publication", publication);
    if (!summary.isEmpty())
        add("summary", summary);
    if (!spellingIgnore.isEmpty())
        add("spelling_ignore", spellingIgnore);
    frontMatter.setValues(values);
}

} // namespace Byline::Core
