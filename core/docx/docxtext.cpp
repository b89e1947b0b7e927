#include "docxtext.h"

#include "docxdocument.h"
#include "docxinline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Byline::Core::Docx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::DocxReader)
};

} // namespace

// The escaping declared in docxpieces.h.
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

QString safeLines(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')))
        return safeLineStart(text);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = safeLineStart(line);
    return lines.join(QLatin1Char('\n'));
}

QString commentText(const QString &text)
{
    QString out = text;
    out.replace(QLatin1String("<<}"), QLatin1String("<< }"));
    static const QRegularExpression blankLines(QStringLiteral(R"(\n\s*\n)"));
    out.replace(blankLines, QStringLiteral("\n"));
    return out.trimmed();
}

namespace {

class Converter final
{
public:
    Converter(const PackageInfo &package, const QString &imagesFolder, BodyText &body)
        : m_package(package)
        , m_body(body)
        , m_inline(package, imagesFolder, body.imageFiles)
    { }

    void run(const QByteArray &document)
    {
        ParsedDocument parsed = parseDocument(document, m_package);
        m_body.notes += parsed.notes;
        m_paragraphs = std::move(parsed.paragraphs);
        m_footnotes = std::move(parsed.footnotes);
        writeBlocks();
    }

private:
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
        if (name == QLatin1String("byline") || name == QLatin1String("author"))
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
            QString text = m_inline.render(paragraph.pieces).trimmed();
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
                // The line Byline prints under the headline (authors and date are in the front
                // matter), or pandoc's Author paragraph, which names them too.
                if (m_body.author.isEmpty() && styleName(paragraph.style) == QLatin1String("author"))
                    m_body.author = plainText(paragraph).trimmed();
                continue;
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
    BodyText &m_body;
    QList<Paragraph> m_paragraphs;
    QStringList m_footnotes; // the text of each footnote or endnote referred to, in order
    InlineContext m_inline;
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
