#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// The main document part of a Word package as Markdown with CriticMarkup, for DocxReader.
// Private to core/docx.
namespace Byline::Core::Docx {

struct WordComment
{
    QString author;
    QDateTime time; // UTC; invalid when the comment has none
    QString text;
    QString paraId; // of its last paragraph, which commentsExtended names
};

// What the package says about the parts document.xml refers to.
struct PackageInfo
{
    QHash<QString, QString> links; // relationship id → URL
    QHash<QString, QString> images; // relationship id → part name (word/media/…)
    QHash<QString, QString> styleNames; // style id → its name, lower case
    QHash<QString, int> styleOutline; // style id → outline level (0 = heading 1)
    QHash<QString, QString> basedOn; // style id → the style it is based on
    QHash<int, QSet<int>> orderedLevels; // numbering id → the levels that count rather than bullet
    QHash<QString, WordComment> comments; // by w:id
    QHash<QString, QString> parentOf; // a reply's paraId → its thread's first comment's paraId
    QSet<QString> done; // paraIds of resolved comments
    QHash<QString, QString> resolvedBy; // threadKey() → "@Name time resolved", as Byline wrote it
    QStringList tags; // the article's tags, as Byline wrote them beside the keywords
    QHash<QString, QString> footnotes; // by w:id: the note's text, its paragraphs joined by spaces
    QHash<QString, QString> endnotes;
};

struct BodyText
{
    QString markdown;
    QString title; // the first Title paragraph's text
    QString subtitle; // the first Subtitle paragraph's text
    QString author; // the first Author paragraph's text (pandoc writes one under the title)
    QHash<QString, QString> imageFiles; // relationship id → file name used in the text
    QStringList notes; // translated
};

[[nodiscard]] BodyText markdownOf(const QByteArray &document, const PackageInfo &package, const QString &imagesFolder);

} // namespace Byline::Core::Docx
