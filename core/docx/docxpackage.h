#pragma once

#include "docxtext.h"

#include <QByteArray>
#include <QHash>
#include <QString>

// The parts around document.xml, read into what DocxReader needs to know of them. Private to
// core/docx.
namespace Byline::Core::Docx {

// styles.xml: each style's name (lower case), the style it is based on and its outline level.
void readStyles(const QByteArray &xml, PackageInfo &package);
// numbering.xml: which levels of each list count rather than bullet.
void readNumbering(const QByteArray &xml, PackageInfo &package);
// comments.xml: each comment's author, time, text and paragraph id.
void readComments(const QByteArray &xml, PackageInfo &package);
// The footnotes or endnotes part: each note's text as it reads now (deletions out), paragraphs
// joined by spaces; the separators Word keeps there have no text and are left out.
void readNotes(const QByteArray &xml, QHash<QString, QString> &notes);
// commentsExtended.xml: the replies' threads, and which threads are done.
void readCommentsExtended(const QByteArray &xml, PackageInfo &package);
// docProps/custom.xml: who resolved each thread, and the tags, as Byline wrote them.
void readCustomProperties(const QByteArray &xml, PackageInfo &package);

} // namespace Byline::Core::Docx
