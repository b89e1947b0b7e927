#pragma once

#include "docxbody.h"

#include <QByteArray>
#include <QHash>

// The parts of a Word package around the document's body: content types, relationships, styles,
// settings, numbering, comments and the core and application properties (docxparts.cpp, docxstyles.cpp,
// docxcomments.cpp). Private to core/docx.
namespace Byline::Core::Docx {

[[nodiscard]] QByteArray contentTypes(const BodyParts &parts, bool customProperties);
[[nodiscard]] QByteArray packageRelationships(bool customProperties);
[[nodiscard]] QByteArray documentRelationships(const BodyParts &parts);
[[nodiscard]] QByteArray styles();
// Track Changes switched on when the document carries a review for an editor to go on with.
[[nodiscard]] QByteArray settings(bool trackChanges);
[[nodiscard]] QByteArray numbering(const QList<ListInstance> &lists);
// The review's threads as Word comments, appended to `comments`; by review item, the ids of its
// thread's comments, the first one's and then its replies'. A resolved thread's comments are
// done, and its first one says who resolved it.
[[nodiscard]] QHash<qsizetype, QList<int>> wordComments(const Review &review, QList<Comment> &comments);
[[nodiscard]] QByteArray comments(QList<Comment> &comments); // sets each comment's paraId
[[nodiscard]] QByteArray commentsExtended(const QList<Comment> &comments);
[[nodiscard]] QByteArray coreProperties(const ArticleMetadata &metadata, const QDateTime &modified);
[[nodiscard]] QByteArray applicationProperties();
// What Word has no place for, as custom document properties, which Word and LibreOffice keep:
// who resolved each resolved thread, "Byline resolved", {threadKey(): "@Name time resolved"};
// and the tags as a list, "Byline tags", ["a", "b"], since LibreOffice writes the keywords
// back joined by spaces. Nothing when there is neither.
[[nodiscard]] QByteArray customProperties(const QList<Comment> &comments, const QStringList &tags);
inline constexpr char16_t resolvedProperty[] = u"Byline resolved";
inline constexpr char16_t tagsProperty[] = u"Byline tags";
// A thread's key there: its first comment's author, time and words, which survive a document
// saved again by Word or LibreOffice (the comments' paragraph ids do not).
[[nodiscard]] QString threadKey(const QString &author, const QDateTime &time, const QString &text);

// The author of a change or comment the review left unsigned: Word needs a name. Read back, it
// (in any language) and LibreOffice's own ("Unknown Author"), without a date, sign nothing.
[[nodiscard]] QString unsignedAuthor();
[[nodiscard]] bool isUnsignedAuthor(const QString &author);

// The namespaces the main document and the comments use, as attributes of their root element.
void declareNamespaces(QXmlStreamWriter &xml);

} // namespace Byline::Core::Docx
