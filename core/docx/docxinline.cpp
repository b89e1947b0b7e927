#include "docxinline.h"

#include "docxparts.h"

#include <algorithm>
#include <utility>

namespace Byline::Core::Docx {

// One paragraph's pieces as Markdown and CriticMarkup (InlineContext::render).
class InlineWriter final
{
public:
    explicit InlineWriter(InlineContext &context)
        : m_context(context)
    { }

    QString render(const QList<Piece> &pieces)
    {
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const Piece &piece = pieces.at(i);
            switch (piece.type) {
            case Piece::Type::CommentStart:
                startThread(pieces, i);
                break;
            case Piece::Type::CommentEnd:
                endThread(piece.text);
                break;
            case Piece::Type::CommentReference:
                referenced(piece.text);
                break;
            default:
                content(piece);
                break;
            }
        }
        closeChange();
        flushDeletion();
        flushThreads();
        endHighlightsEarly(true);
        put({});
        return m_out;
    }

private:
    void content(const Piece &piece)
    {
        if (piece.change != m_change) {
            closeChange();
            if (piece.change) {
                endHighlightsEarly(false); // marks do not nest
                // A deletion and an addition by the same hand, nothing said between: Word's
                // way of writing a replacement.
                const bool replaces = m_deletion && piece.change->kind == Kind::Addition
                    && m_deletion->by == piece.change->by && m_threads.isEmpty();
                if (!replaces) {
                    flushDeletion();
                    flushThreads();
                }
            }
            m_change = piece.change;
        }
        m_contentSinceRange = true;
        if (!m_change) {
            flushDeletion();
            flushThreads();
            put(formatted(piece));
            return;
        }
        m_changeText += formatted(piece);
    }

    QString formatted(const Piece &piece) const
    {
        switch (piece.type) {
        case Piece::Type::Break:
            return QStringLiteral("\\\n");
        case Piece::Type::Image:
            return m_context.image(piece);
        default:
            break;
        }
        QString text = piece.text;
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        const QString core = text.trimmed();
        if (core.isEmpty())
            return text;
        // Spaces around the text stay outside its emphasis, where Markdown reads them.
        const qsizetype lead = text.indexOf(core);
        const QString before = text.left(lead);
        const QString after = text.mid(lead + core.size());
        QString inner;
        if (piece.code) {
            const QString fence = core.contains(QLatin1Char('`')) ? QStringLiteral("`` ") : QStringLiteral("`");
            const QString close = core.contains(QLatin1Char('`')) ? QStringLiteral(" ``") : QStringLiteral("`");
            inner = fence + core + close;
        } else {
            inner = escaped(core);
            const QString marks = piece.bold && piece.italic ? QStringLiteral("***")
                : piece.bold                                 ? QStringLiteral("**")
                : piece.italic                               ? QStringLiteral("*")
                                                             : QString();
            inner = marks + inner + marks;
        }
        if (!piece.target.isEmpty())
            inner = QLatin1Char('[') + inner + QStringLiteral("](") + piece.target + QLatin1Char(')');
        return before + inner + after;
    }

    void closeChange()
    {
        if (!m_change)
            return;
        const Change change = *std::exchange(m_change, std::nullopt);
        const QString text = std::exchange(m_changeText, {});
        if (text.isEmpty())
            return;
        if (change.kind == Kind::Deletion) {
            flushDeletion();
            m_deletion = change;
            m_deletedText = text;
            return;
        }
        if (m_deletion && m_deletion->by == change.by) { // Word has no substitution: both, at once
            put(CriticMarkup::opening(Kind::Substitution) + std::exchange(m_deletedText, {}) + QStringLiteral("~>")
                + text + CriticMarkup::closing(Kind::Substitution));
            m_attribution = change.by;
            m_deletion.reset();
            return;
        }
        flushDeletion();
        put(CriticMarkup::opening(Kind::Addition) + text + CriticMarkup::closing(Kind::Addition));
        m_attribution = change.by;
    }

    void flushDeletion()
    {
        if (!m_deletion)
            return;
        put(CriticMarkup::opening(Kind::Deletion) + std::exchange(m_deletedText, {})
            + CriticMarkup::closing(Kind::Deletion));
        m_attribution = m_deletion->by;
        m_deletion.reset();
    }

    // Text after a change: first the change's signature, unless a comment of the same hand
    // and time follows it, which names the reviewer itself.
    void put(const QString &text, const std::optional<Attribution> &saidBy = std::nullopt)
    {
        if (m_attribution) {
            const Attribution by = *std::exchange(m_attribution, std::nullopt);
            if (!by.isEmpty() && !(saidBy && *saidBy == by))
                m_out += CriticMarkup::opening(Kind::Comment) + by.toText() + CriticMarkup::closing(Kind::Comment);
        }
        m_out += text;
    }

    void emitThread(const QString &id)
    {
        if (m_context.m_threadsWritten.contains(id))
            return;
        m_context.m_threadsWritten.insert(id);
        const WordComment root = m_context.m_package.comments.value(id);
        put(m_context.thread(id), Attribution {root.author, root.time});
    }

    bool isReply(const QString &id) const
    {
        const auto comment = m_context.m_package.comments.constFind(id);
        return comment != m_context.m_package.comments.cend() && m_context.m_package.parentOf.contains(comment->paraId);
    }

    void startThread(const QList<Piece> &pieces, qsizetype at)
    {
        const Piece &piece = pieces.at(at);
        if (isReply(piece.text) || !m_context.m_package.comments.contains(piece.text))
            return;
        // What the range starts with: nothing (a point), or a change, which owns the thread.
        const Piece *next = nullptr;
        for (qsizetype i = at + 1; i < pieces.size() && !next; ++i) {
            const Piece &candidate = pieces.at(i);
            if (candidate.type == Piece::Type::CommentEnd && candidate.text == piece.text)
                return;
            if (candidate.type != Piece::Type::CommentStart && candidate.type != Piece::Type::CommentEnd)
                next = &candidate;
        }
        if (!m_highlights.isEmpty() && !m_contentSinceRange) {
            // The same range as the comment just opened: a reply whose link to it was lost
            // (LibreOffice saves replies so), one thread with it.
            m_context.m_companions[m_highlights.constLast()].append(piece.text);
            return;
        }
        if (!next || m_change || piece.change || next->change)
            return; // the thread stands where the range ends
        closeChange();
        flushDeletion();
        flushThreads();
        put(CriticMarkup::opening(Kind::Highlight).toString());
        m_highlights.append(piece.text);
        m_contentSinceRange = false;
    }

    bool isCompanion(const QString &id) const
    {
        return std::any_of(m_context.m_companions.cbegin(), m_context.m_companions.cend(),
                           [&](const QStringList &ids) { return ids.contains(id); });
    }

    // A comment Word or LibreOffice left with a reference only, no range: a point.
    void referenced(const QString &id)
    {
        if (isReply(id) || isCompanion(id) || m_highlights.contains(id) || m_threads.contains(id)
            || m_context.m_threadsWritten.contains(id) || !m_context.m_package.comments.contains(id))
            return;
        endThread(id);
    }

    void endThread(const QString &id)
    {
        if (isReply(id) || isCompanion(id) || !m_context.m_package.comments.contains(id))
            return;
        if (m_highlights.contains(id) && !m_change && !m_deletion) {
            m_out += CriticMarkup::closing(Kind::Highlight);
            m_highlights.removeOne(id);
            emitThread(id);
            return;
        }
        m_highlights.removeOne(id);
        m_threads.append(id);
        if (!m_change) {
            flushDeletion();
            flushThreads();
        }
    }

    void flushThreads()
    {
        for (const QString &id : std::exchange(m_threads, {}))
            emitThread(id);
    }

    // Closes the ranges open: before a change (marks do not nest; the threads come where
    // their ranges end), or at the end of the paragraph (a range that runs on into the
    // next one ends here, with its thread).
    void endHighlightsEarly(bool withThreads)
    {
        if (m_highlights.isEmpty())
            return;
        m_out += CriticMarkup::closing(Kind::Highlight);
        const QStringList ended = std::exchange(m_highlights, {});
        if (withThreads) {
            for (const QString &id : ended)
                emitThread(id);
        }
    }

    InlineContext &m_context;
    QString m_out;
    std::optional<Change> m_change;
    QString m_changeText;
    std::optional<Change> m_deletion; // a deletion waiting for the addition that may replace it
    QString m_deletedText;
    QStringList m_highlights; // comment ranges open
    QStringList m_threads; // threads to write once no change is open
    std::optional<Attribution> m_attribution; // of the change just written, not yet signed
    bool m_contentSinceRange = true; // text came since the last range opened
};

InlineContext::InlineContext(const PackageInfo &package, const QString &imagesFolder,
                             const QHash<QString, QString> &imageFiles)
    : m_package(package)
    , m_imagesFolder(imagesFolder)
    , m_imageFiles(imageFiles)
{ }

QString InlineContext::render(const QList<Piece> &pieces)
{
    return InlineWriter(*this).render(pieces);
}

QString InlineContext::image(const Piece &piece) const
{
    const QString file = m_imageFiles.value(piece.target);
    if (file.isEmpty())
        return escaped(piece.text);
    const QString folder = m_imagesFolder.isEmpty() ? QString() : m_imagesFolder + QLatin1Char('/');
    return QStringLiteral("![%1](%2%3)").arg(escaped(piece.text), folder, file);
}

QString InlineContext::thread(const QString &id) const
{
    const WordComment root = m_package.comments.value(id);
    QList<WordComment> said = {root};
    bool done = m_package.done.contains(root.paraId);
    QStringList paraIds = {root.paraId};
    for (const QString &companion : m_companions.value(id)) {
        const WordComment comment = m_package.comments.value(companion);
        said.append(comment);
        paraIds.append(comment.paraId);
        done = done || m_package.done.contains(comment.paraId);
    }
    for (const WordComment &comment : m_package.comments) {
        if (!root.paraId.isEmpty() && paraIds.contains(m_package.parentOf.value(comment.paraId)))
            said.append(comment);
    }
    // Replies after the comment they answer; comments on one range in the order they were
    // made (LibreOffice may save a reply's range first).
    const auto earlier = [](const WordComment &a, const WordComment &b) { return a.time < b.time; };
    std::stable_sort(m_companions.value(id).isEmpty() ? said.begin() + 1 : said.begin(), said.end(), earlier);
    const WordComment &first = said.constFirst();
    QString out;
    for (const WordComment &comment : said) {
        const Attribution by {comment.author, comment.time};
        const QString text = commentText(comment.text);
        out += CriticMarkup::opening(Kind::Comment) + (by.isEmpty() ? QString() : by.toText())
            + (text.isEmpty() ? QString() : (by.isEmpty() ? QString() : QStringLiteral(": ")) + text)
            + CriticMarkup::closing(Kind::Comment);
    }
    if (done) {
        // Word keeps only that a thread is done. Who resolved it is what Byline wrote beside
        // it, when that still reads as such; else the thread's last word stands for it.
        const QString written = m_package.resolvedBy.value(threadKey(first.author, first.time, first.text));
        const Review::Comment resolution = Review::readComment(written);
        const WordComment &last = said.constLast();
        out += CriticMarkup::opening(Kind::Comment)
            + (resolution.verb == Review::Verb::Resolved && !resolution.by.isEmpty()
                   ? written
                   : Attribution {last.author, last.time}.toText() + QStringLiteral(" resolved"))
            + CriticMarkup::closing(Kind::Comment);
    }
    return out;
}

} // namespace Byline::Core::Docx
