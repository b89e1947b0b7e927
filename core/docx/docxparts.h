#pragma once

#include "docxbody.h"

#include <QByteArray>

// The parts of a Word package around the document's body: content types, relationships, styles,
// settings, numbering, comments and the core and application properties. Private to core/docx.
namespace Byline::Core::Docx {

[[nodiscard]] QByteArray contentTypes(const BodyParts &parts);
[[nodiscard]] QByteArray packageRelationships();
[[nodiscard]] QByteArray documentRelationships(const BodyParts &parts);
[[nodiscard]] QByteArray styles();
// Track Changes switched on when the document carries a review for an editor to go on with.
[[nodiscard]] QByteArray settings(bool trackChanges);
[[nodiscard]] QByteArray numbering(const QList<ListInstance> &lists);
[[nodiscard]] QByteArray comments(QList<Comment> &comments); // sets each comment's paraId
[[nodiscard]] QByteArray commentsExtended(const QList<Comment> &comments);
[[nodiscard]] QByteArray coreProperties(const ArticleMetadata &metadata, const QDateTime &modified);
[[nodiscard]] QByteArray applicationProperties();

// The namespaces the main document and the comments use, as attributes of their root element.
void declareNamespaces(QXmlStreamWriter &xml);

} // namespace Byline::Core::Docx
