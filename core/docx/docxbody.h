#pragma once

#include "docxwriter.h"
#include "markdown/inlinedecorations.h"
#include "review/review.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QXmlStreamWriter;

namespace Byline::Core::Docx {

// A Word comment, from one comment of a review thread.
struct Comment
{
    int id = 0;
    QString author;
    QString initials;
    QDateTime time; // UTC; invalid when the comment named none
    QString text;
    int parent = -1; // the thread's first comment, for a reply
    bool done = false; // the thread is resolved
    QString resolvedBy; // a resolved thread's first comment: who resolved it when, "@Name time resolved"
    QString paraId; // w14:paraId of its last paragraph, which commentsExtended names
};

// A relationship of the main document part to a link or an image.
struct Relationship
{
    QString id; // rId…
    QString type; // hyperlink or image
    QString target;
    bool external = false;
};

// A list as Word numbers it: bullets or numbers, and where numbering starts.
struct ListInstance
{
    int numId = 0;
    bool ordered = false;
    int start = 1;
    int level = 0;
};

struct Media
{
    QString name; // word/media/…
    QByteArray bytes;
};

// What the body of the document came to besides its XML: the parts it needs.
struct BodyParts
{
    QList<Comment> comments;
    QList<Relationship> relationships;
    QList<ListInstance> lists;
    QList<Media> media;
    QStringList warnings;
};

struct BodyOptions
{
    qint64 textWidthEmu = 0; // the widest an image may be
    QString omitHeading; // a first heading with these words goes: the headline is the Title
    DocxWriter::ImageLoader images;
};

// Writes the Markdown `body` (its review marks, in the markup view, as markers of `decorations`
// read with `review`) as the paragraphs of word/document.xml.
void writeBody(QXmlStreamWriter &xml, const QString &body, const InlineDecorations &decorations, const Review &review,
               const BodyOptions &options, BodyParts &parts);

// An image inline in a run (a w:drawing): its number in the document, its file in word/media,
// its relationship, its size in EMU and its description.
struct Picture
{
    int number = 0;
    QString fileName;
    QString relationshipId;
    qint64 width = 0;
    qint64 height = 0;
    QString description;
};
void writePicture(QXmlStreamWriter &xml, const Picture &picture);

// `2026-11-20T10:04:00Z`, as Word dates changes and comments.
[[nodiscard]] QString wordTime(const QDateTime &time);

} // namespace Byline::Core::Docx
