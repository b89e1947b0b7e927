#include "docxtext.h"

#include "docxparts.h"
#include "markdown/criticmarkup.h"
#include "review/review.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Byline::Core::Docx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::DocxReader)
};

using Kind = CriticMarkup::Kind;

// A tracked change the text is in: its kind, and who made it when.
struct Change
{
    Kind kind = Kind::Addition; // Addition or Deletion
    Attribution by;

    friend bool operator==(const Change &, const Change &) = default;
};

// One piece of a paragraph: text with its formatting, a break, an image, or where a comment's
// range starts or ends.
struct Piece
{
    enum class Type : quint8 { Text, Break, Image, CommentStart, CommentEnd, CommentReference };
    Type type = Type::Text;
    QString text; // the text; an image's description; a comment's id
    QString target; // a link's URL; an image's relationship id
    bool bold = false;
    bool italic = false;
    bool code = false;
    std::optional<Change> change;

    [[nodiscard]] bool sameLook(const Piece &other) const
    {
        return type == Type::Text && other.type == Type::Text && bold == other.bold && italic == other.italic
            && code == other.code && target == other.target && change == other.change;
    }
};

struct Paragraph
{
    QString style; // its style id
    int level = -1; // list level, when numbered
    int numbering = 0;
    QList<Piece> pieces;
};

bool isOn(const QXmlStreamAttributes &attributes)
{
    const QStringView value = attributes.value(QLatin1String("w:val"));
    return value.isEmpty() || (value != u"0" && value != u"false" && value != u"off");
}

// Markdown's and CriticMarkup's own characters, escaped so that the text reads as written; and
// typographic quotes, dashes and ellipses as the ASCII Byline's smart punctuation prints them so
// (a document Byline wrote comes back as the article was typed, and compares with it word for
// word).
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\u2018':
        case u'\u2019':
            out += u'\'';
            continue;
        case u'\u201c':
        case u'\u201d':
            out += u'"';
            continue;
        case u'\u2014':
            out += QLatin1String("---");
            continue;
        case u'\u2013':
            out += QLatin1String("--");
            continue;
        case u'\u2026':
            out += QLatin1String("...");
            continue;
        default:
            break;
        }
        if (c == u'\\' || c == u'`' || c == u'*' || c == u'_' || c == u'[' || c == u']' || c == u'<')
            out += u'\\';
        else if (c == u'{') {
            const QStringView next = QStringView(text).sliced(i + 1).left(2);
            if (next == u"++" || next == u"--" || next == u"~~" || next == u">>" || next == u"==")
                out += u'\\';
        }
        out += c;
    }
    return out;
}

// A line of a paragraph with what would start another block escaped: a heading, quote, list
// item or setext underline ("\\# 1", "2026\\. The year").
QString safeLineStart(const QString &line)
{
    const auto isAsciiDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    qsizetype start = 0;
    while (start < line.size() && line.at(start).isSpace())
        ++start;
    if (start == line.size())
        return line;
    if (QStringView(u"#>+=-").contains(line.at(start)))
        return line.left(start) + QLatin1Char('\\') + line.mid(start);
    qsizetype end = start;
    while (end < line.size() && isAsciiDigit(line.at(end)))
        ++end;
    // An ordered list item: up to nine digits, "." or ")", then a space or the end of the line.
    const bool number = end > start && end - start <= 9 && end < line.size()
        && (line.at(end) == u'.' || line.at(end) == u')') && (end + 1 == line.size() || line.at(end + 1).isSpace());
    return number ? line.left(end) + QLatin1Char('\\') + line.mid(end) : line;
}

// Every line of a paragraph kept in it: a line after a break may start a block as well.
QString safeLines(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')))
        return safeLineStart(text);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = safeLineStart(line);
    return lines.join(QLatin1Char('\n'));
}

// A comment's text as CriticMarkup holds it: no closing delimiter, no blank line.
QString commentText(const QString &text)
{
    QString out = text;
    out.replace(QLatin1String("<<}"), QLatin1String("<< }"));
    static const QRegularExpression blankLines(QStringLiteral(R"(\n\s*\n)"));
    out.replace(blankLines, QStringLiteral("\n"));
    return out.trimmed();
}

class Converter final
{
public:
    Converter(const PackageInfo &package, const QString &imagesFolder, BodyText &body)
        : m_package(package)
        , m_imagesFolder(imagesFolder)
        , m_body(body)
    { }

    void run(const QByteArray &document)
    {
        QXmlStreamReader xml(document);
        parse(xml);
        if (xml.hasError())
            m_body.notes.append(Text::tr("The document's text is damaged after line %1; what came before is "
                                         "kept.")
                                    .arg(xml.lineNumber()));
        writeBlocks();
    }

private:
    // Reading document.xml.
    void parse(QXmlStreamReader &xml)
    {
        QList<Paragraph> open; // a text box's paragraphs sit inside another's
        QList<std::optional<Change>> changes;
        QList<QString> links;
        Piece look; // the formatting of the run being read
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            const QStringView name = xml.qualifiedName();
            if (token == QXmlStreamReader::EndElement) {
                if (name == u"w:p" && !open.isEmpty()) {
                    m_paragraphs.append(open.takeLast());
                } else if (name == u"w:ins" || name == u"w:del" || name == u"w:moveTo" || name == u"w:moveFrom") {
                    if (!changes.isEmpty())
                        changes.removeLast();
                } else if (name == u"w:hyperlink") {
                    if (!links.isEmpty())
                        links.removeLast();
                } else if (name == u"w:r") {
                    look = Piece();
                }
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (name == u"w:p") {
                if (!open.isEmpty())
                    noteOnce(Text::tr("Text in a text box or frame was kept as paragraphs of its own."));
                open.append(Paragraph());
            } else if (name == u"w:tbl") {
                noteOnce(Text::tr("A table was kept as paragraphs, one for each cell: Markdown has no tables here."));
            } else if (name == u"w:pStyle" && !open.isEmpty()) {
                open.last().style = attributes.value(QLatin1String("w:val")).toString();
            } else if (name == u"w:ilvl" && !open.isEmpty()) {
                open.last().level = attributes.value(QLatin1String("w:val")).toInt();
            } else if (name == u"w:numId" && !open.isEmpty()) {
                open.last().numbering = attributes.value(QLatin1String("w:val")).toInt();
                if (open.last().level < 0)
                    open.last().level = 0;
            } else if (name == u"w:ins" || name == u"w:del" || name == u"w:moveTo" || name == u"w:moveFrom") {
                Change change;
                change.kind = name == u"w:ins" || name == u"w:moveTo" ? Kind::Addition : Kind::Deletion;
                change.by.reviewer = attributes.value(QLatin1String("w:author")).toString();
                change.by.time
                    = QDateTime::fromString(attributes.value(QLatin1String("w:date")).toString(), Qt::ISODate).toUTC();
                if (change.by.time.isValid())
                    change.by.time.setTime(QTime(change.by.time.time().hour(), change.by.time.time().minute()));
                changes.append(change);
            } else if (name == u"w:rPrChange" || name == u"w:pPrChange" || name == u"mc:Fallback"
                       || name == u"w:sectPr") {
                if (name != u"mc:Fallback" && name != u"w:sectPr")
                    noteOnce(Text::tr("Changes of formatting alone were left out; the text is as it was changed to."));
                xml.skipCurrentElement();
            } else if (name == u"w:pPr") {
                // The paragraph mark's own tracked change (a paragraph added or removed) is not
                // kept: the paragraphs are as the document shows them.
            } else if (name == u"w:hyperlink") {
                const QString id = attributes.value(QLatin1String("r:id")).toString();
                links.append(m_package.links.value(id));
            } else if (name == u"w:r") {
                look = Piece();
                look.change = changes.isEmpty() ? std::nullopt : changes.constLast();
                look.target = links.isEmpty() ? QString() : links.constLast();
            } else if (name == u"w:b") {
                look.bold = isOn(attributes);
            } else if (name == u"w:i") {
                look.italic = isOn(attributes);
            } else if (name == u"w:rStyle") {
                const QString style = attributes.value(QLatin1String("w:val")).toString();
                const QString styleName = m_package.styleNames.value(style, style.toLower());
                look.code = styleName.contains(QLatin1String("verbatim")) || styleName.contains(QLatin1String("code"));
            } else if (name == u"w:rFonts") {
                const QString font = attributes.value(QLatin1String("w:ascii")).toString();
                if (font.contains(QLatin1String("Mono")) || font.contains(QLatin1String("Courier")))
                    look.code = true;
            } else if ((name == u"w:t" || name == u"w:delText" || name == u"w:instrText") && !open.isEmpty()) {
                const QString text = xml.readElementText();
                if (name != u"w:instrText")
                    addText(open.last(), look, text);
            } else if ((name == u"w:tab" || name == u"w:noBreakHyphen") && !open.isEmpty()) {
                addText(open.last(), look, name == u"w:tab" ? QStringLiteral("\t") : QStringLiteral("-"));
            } else if ((name == u"w:br" || name == u"w:cr") && !open.isEmpty()) {
                Piece piece = look;
                piece.type = Piece::Type::Break;
                open.last().pieces.append(piece);
            } else if ((name == u"w:commentRangeStart" || name == u"w:commentRangeEnd") && !open.isEmpty()) {
                Piece piece;
                piece.type = name == u"w:commentRangeStart" ? Piece::Type::CommentStart : Piece::Type::CommentEnd;
                piece.text = attributes.value(QLatin1String("w:id")).toString();
                piece.change = changes.isEmpty() ? std::nullopt : changes.constLast();
                open.last().pieces.append(piece);
            } else if (name == u"w:commentReference" && !open.isEmpty()) {
                Piece piece;
                piece.type = Piece::Type::CommentReference;
                piece.text = attributes.value(QLatin1String("w:id")).toString();
                open.last().pieces.append(piece);
            } else if (name == u"wp:docPr") {
                look.text = attributes.value(QLatin1String("descr")).toString();
            } else if ((name == u"a:blip" || name == u"v:imagedata") && !open.isEmpty()) {
                Piece piece = look;
                piece.type = Piece::Type::Image;
                piece.target
                    = attributes.value(name == u"a:blip" ? QLatin1String("r:embed") : QLatin1String("r:id")).toString();
                open.last().pieces.append(piece);
            } else if ((name == u"w:footnoteReference" || name == u"w:endnoteReference") && !open.isEmpty()) {
                // Markdown here has no footnotes: a numbered marker in the text, the note in a
                // numbered list at the end.
                const QString id = attributes.value(QLatin1String("w:id")).toString();
                const QString note
                    = (name == u"w:footnoteReference" ? m_package.footnotes : m_package.endnotes).value(id);
                m_footnotes.append(note);
                addText(open.last(), look, QStringLiteral("[%1]").arg(m_footnotes.size()));
                noteOnce(Text::tr("Footnotes and endnotes were kept as numbered markers in the text and a "
                                  "numbered list at its end."));
            }
        }
        while (!open.isEmpty())
            m_paragraphs.append(open.takeLast());
    }

    static void addText(Paragraph &paragraph, const Piece &look, const QString &text)
    {
        if (text.isEmpty())
            return;
        if (!paragraph.pieces.isEmpty() && paragraph.pieces.last().sameLook(look)) {
            paragraph.pieces.last().text += text;
            return;
        }
        Piece piece = look;
        piece.type = Piece::Type::Text;
        piece.text = text;
        paragraph.pieces.append(piece);
    }

    void noteOnce(const QString &note)
    {
        if (!m_body.notes.contains(note))
            m_body.notes.append(note);
    }

    // Which kind of block a paragraph style makes.
    enum class Block { Normal, Title, Subtitle, Byline, Heading, Quote, Code, Item };

    QString styleName(const QString &id) const { return m_package.styleNames.value(id, id.toLower()); }

    int outlineLevel(const QString &id) const
    {
        QString style = id;
        for (int depth = 0; depth < 8 && !style.isEmpty(); ++depth) {
            if (m_package.styleOutline.contains(style))
                return m_package.styleOutline.value(style);
            // "heading 1" … "heading 9", as Word and LibreOffice name them ("heading1" in some)
            const QString name = styleName(style);
            if (name.startsWith(QLatin1String("heading")) && name.size() <= 9 && name.back() >= u'1'
                && name.back() <= u'9' && (name.size() == 8 || name.at(7) == u' '))
                return name.back().unicode() - u'1';
            style = m_package.basedOn.value(style);
        }
        return -1;
    }

    Block blockOf(const Paragraph &paragraph, int *level) const
    {
        const QString name = styleName(paragraph.style);
        if (name == QLatin1String("title"))
            return Block::Title;
        if (name == QLatin1String("subtitle"))
            return Block::Subtitle;
        if (name == QLatin1String("byline"))
            return Block::Byline;
        if ((*level = outlineLevel(paragraph.style)) >= 0)
            return Block::Heading;
        if (name.contains(QLatin1String("code")) || name.contains(QLatin1String("preformatted")))
            return Block::Code;
        if (name.contains(QLatin1String("quote")) || name == QLatin1String("block text"))
            return Block::Quote;
        if (paragraph.numbering > 0 || name.startsWith(QLatin1String("list bullet"))
            || name.startsWith(QLatin1String("list number")))
            return Block::Item;
        return Block::Normal;
    }

    // Rendering a paragraph's pieces as Markdown and CriticMarkup.
    class Inline final
    {
    public:
        Inline(const Converter &converter)
            : m_converter(converter)
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
                return m_converter.image(piece);
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
            if (m_converter.m_threadsWritten.contains(id))
                return;
            m_converter.m_threadsWritten.insert(id);
            const WordComment root = m_converter.m_package.comments.value(id);
            put(m_converter.thread(id), Attribution {root.author, root.time});
        }

        bool isReply(const QString &id) const
        {
            const auto comment = m_converter.m_package.comments.constFind(id);
            return comment != m_converter.m_package.comments.cend()
                && m_converter.m_package.parentOf.contains(comment->paraId);
        }

        void startThread(const QList<Piece> &pieces, qsizetype at)
        {
            const Piece &piece = pieces.at(at);
            if (isReply(piece.text) || !m_converter.m_package.comments.contains(piece.text))
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
                m_converter.m_companions[m_highlights.constLast()].append(piece.text);
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
            return std::any_of(m_converter.m_companions.cbegin(), m_converter.m_companions.cend(),
                               [&](const QStringList &ids) { return ids.contains(id); });
        }

        // A comment Word or LibreOffice left with a reference only, no range: a point.
        void referenced(const QString &id)
        {
            if (isReply(id) || isCompanion(id) || m_highlights.contains(id) || m_threads.contains(id)
                || m_converter.m_threadsWritten.contains(id) || !m_converter.m_package.comments.contains(id))
                return;
            endThread(id);
        }

        void endThread(const QString &id)
        {
            if (isReply(id) || isCompanion(id) || !m_converter.m_package.comments.contains(id))
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

        const Converter &m_converter;
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

    QString image(const Piece &piece) const
    {
        const QString file = m_body.imageFiles.value(piece.target);
        if (file.isEmpty())
            return escaped(piece.text);
        const QString folder = m_imagesFolder.isEmpty() ? QString() : m_imagesFolder + QLatin1Char('/');
        return QStringLiteral("![%1](%2%3)").arg(escaped(piece.text), folder, file);
    }

    // A thread: its first comment and its replies, signed, then whether it was resolved.
    QString thread(const QString &id) const
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

    // Writing the paragraphs as Markdown blocks.
    void writeBlocks()
    {
        QStringList blocks;
        QStringList code;
        bool previousItem = false;
        QList<int> counters; // of the list being written, by level
        QList<int> widths; // its markers' widths, by level
        const auto flushCode = [&] {
            if (code.isEmpty())
                return;
            blocks.append(QStringLiteral("```\n") + code.join(QLatin1Char('\n')) + QStringLiteral("\n```"));
            code.clear();
        };
        for (const Paragraph &paragraph : std::as_const(m_paragraphs)) {
            int level = -1;
            const Block block = blockOf(paragraph, &level);
            if (block == Block::Code) {
                code.append(plainText(paragraph));
                continue;
            }
            flushCode();
            QString text = Inline(*this).render(paragraph.pieces).trimmed();
            switch (block) {
            case Block::Title: // the headline: the article's title, and its first heading
                if (m_body.title.isEmpty())
                    m_body.title = plainText(paragraph).trimmed();
                text = QStringLiteral("# ") + text;
                break;
            case Block::Subtitle:
                if (m_body.subtitle.isEmpty()) {
                    m_body.subtitle = plainText(paragraph).trimmed();
                    continue;
                }
                break;
            case Block::Byline:
                continue; // the line Byline prints under the headline: authors and date are in the front matter
            case Block::Heading:
                text = QString(qBound(1, level + 1, 6), QLatin1Char('#')) + QLatin1Char(' ') + text;
                break;
            case Block::Quote:
                text = QStringLiteral("> ") + safeLines(text).replace(QLatin1Char('\n'), QStringLiteral("\n> "));
                break;
            case Block::Item: {
                const int depth = std::clamp(paragraph.level, 0, 8);
                const bool ordered = m_package.orderedLevels.value(paragraph.numbering).contains(depth)
                    || styleName(paragraph.style).startsWith(QLatin1String("list number"));
                if (!previousItem)
                    counters.clear();
                // Items count on at their level; a shallower item starts the deeper levels over.
                counters.resize(depth + 1);
                const int number = ++counters[depth];
                const QString marker = ordered ? QStringLiteral("%1. ").arg(number) : QStringLiteral("- ");
                // Nested under the text of the item above, whatever its marker's width.
                widths.resize(depth + 1);
                widths[depth] = int(marker.size());
                int columns = 0;
                for (int i = 0; i < depth; ++i)
                    columns += widths.at(i) > 0 ? widths.at(i) : 2;
                const QString indent(columns, QLatin1Char(' '));
                text = indent + marker
                    + safeLines(text).replace(QLatin1Char('\n'),
                                              QLatin1Char('\n') + indent + QString(marker.size(), QLatin1Char(' ')));
                if (previousItem) {
                    blocks.last() += QLatin1Char('\n') + text;
                    continue;
                }
                break;
            }
            case Block::Normal:
            case Block::Code:
                if (text.isEmpty())
                    continue;
                text = safeLines(text);
                break;
            }
            previousItem = block == Block::Item;
            if (!text.isEmpty())
                blocks.append(text);
        }
        flushCode();
        if (!m_footnotes.isEmpty()) {
            blocks.append(QStringLiteral("* * *"));
            QStringList notes;
            for (qsizetype i = 0; i < m_footnotes.size(); ++i)
                notes.append(QStringLiteral("%1. ").arg(i + 1) + safeLineStart(escaped(m_footnotes.at(i))));
            blocks.append(notes.join(QLatin1Char('\n')));
        }
        m_body.markdown = blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    }

    // The text as it reads now: additions in, deletions out, no marks.
    QString plainText(const Paragraph &paragraph)
    {
        QString text;
        for (const Piece &piece : paragraph.pieces) {
            if (piece.change && piece.change->kind == Kind::Deletion)
                continue;
            if (piece.change)
                noteOnce(Text::tr("Tracked changes in code or a headline were taken as made: code holds no review "
                                  "marks."));
            if (piece.type == Piece::Type::Text)
                text += piece.text;
            else if (piece.type == Piece::Type::Break)
                text += QLatin1Char('\n');
        }
        return text;
    }

    const PackageInfo &m_package;
    QString m_imagesFolder;
    BodyText &m_body;
    QList<Paragraph> m_paragraphs;
    QStringList m_footnotes; // the text of each footnote or endnote referred to, in order
    mutable QSet<QString> m_threadsWritten; // a thread's range may end in another paragraph
    mutable QHash<QString, QStringList> m_companions; // a thread's first comment → comments on the same range
};

} // namespace

BodyText markdownOf(const QByteArray &document, const PackageInfo &package, const QString &imagesFolder)
{
    BodyText body;
    // Named in the order of their parts, so the same document gives the same names.
    QList<std::pair<QString, QString>> images;
    for (auto it = package.images.cbegin(); it != package.images.cend(); ++it)
        images.append({it.value(), it.key()});
    std::sort(images.begin(), images.end());
    int number = 0;
    for (const auto &[part, id] : std::as_const(images))
        body.imageFiles.insert(id, QStringLiteral("image%1.%2").arg(++number).arg(QFileInfo(part).suffix().toLower()));
    Converter(package, imagesFolder, body).run(document);
    return body;
}

} // namespace Byline::Core::Docx
