#pragma once

#include "docxpieces.h"
#include "docxtext.h"

#include <QHash>
#include <QSet>
#include <QStringList>

// A Word document's paragraphs written inline as Markdown and CriticMarkup, for DocxReader.
// Private to core/docx.
namespace Byline::Core::Docx {

// What writing one paragraph after another shares: the package, the images' file names, and
// the comment threads, each written once, where its range ends (which may be a paragraph
// after the one it starts in).
class InlineContext final
{
public:
    // `imageFiles` (relationship id → file name) must outlive the context.
    InlineContext(const PackageInfo &package, const QString &imagesFolder, const QHash<QString, QString> &imageFiles);

    // Formatting as Markdown; tracked changes as additions, deletions and substitutions (a
    // deletion and an addition by the same hand at once), each signed unless a comment of the
    // same hand follows; comment ranges as highlights with their threads, points as comments.
    [[nodiscard]] QString render(const QList<Piece> &pieces);

private:
    friend class InlineWriter;

    [[nodiscard]] QString image(const Piece &piece) const;
    // A thread: its first comment and its replies, signed, then whether it was resolved.
    [[nodiscard]] QString thread(const QString &id) const;

    const PackageInfo &m_package;
    QString m_imagesFolder;
    const QHash<QString, QString> &m_imageFiles;
    QSet<QString> m_threadsWritten;
    QHash<QString, QStringList> m_companions; // a thread's first comment → comments on the same range
};

} // namespace Byline::Core::Docx
