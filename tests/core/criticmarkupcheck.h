#pragma once

#include <markdown/criticmarkup.h>

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

namespace Byline::Core {

inline char *toString(const CriticMarkup::Mark &mark)
{
    return QTest::toString(QStringLiteral("Mark(kind %1, whole %2-%3, content %4-%5, old %6-%7, new %8-%9)")
                               .arg(int(mark.kind))
                               .arg(mark.whole.start)
                               .arg(mark.whole.end)
                               .arg(mark.content.start)
                               .arg(mark.content.end)
                               .arg(mark.oldText.start)
                               .arg(mark.oldText.end)
                               .arg(mark.newText.start)
                               .arg(mark.newText.end));
}

} // namespace Byline::Core

// Ways to read CriticMarkup for tests: as short descriptions, through the line API the way the
// highlighter does, and by a plain whole-text reading to compare the parser with.
namespace CriticMarkupCheck {

using CriticMarkup = Byline::Core::CriticMarkup;
using LineScanner = Byline::Core::LineScanner;
using Kind = CriticMarkup::Kind;

// A piece of a line, without its kind, for comparing with expected pieces.
struct Piece
{
    CriticMarkup::Part part = CriticMarkup::Part::Content;
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const Piece &, const Piece &) = default;
};

inline char *toString(const Piece &piece)
{
    return QTest::toString(
        QStringLiteral("Piece(part %1, %2-%3)").arg(int(piece.part)).arg(piece.start).arg(piece.end));
}

// "+:added", "~:old>new": a mark's kind and content, the way tests spell them.
inline QStringList describeMarks(QStringView text, const QList<CriticMarkup::Mark> &marks)
{
    QStringList described;
    for (const CriticMarkup::Mark &mark : marks) {
        const QString sign = CriticMarkup::opening(mark.kind).sliced(1, 1).toString();
        const QString content = mark.kind == Kind::Substitution
            ? mark.oldText.of(text).toString() + QLatin1Char('>') + mark.newText.of(text).toString()
            : mark.content.of(text).toString();
        described.append(sign + QLatin1Char(':') + content);
    }
    return described;
}

inline QStringList describe(QStringView text)
{
    return describeMarks(text, CriticMarkup::parse(text).marks);
}

inline QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// Calls `read(line, lineStart, pieces)` for each line of `text`, as an editor reads its blocks.
template<typename Read>
void readLines(QStringView text, Read read)
{
    LineScanner::State blocks;
    CriticMarkup::State state;
    QList<CriticMarkup::Piece> pieces;
    qsizetype lineStart = 0;
    for (int lineNumber = 0;; ++lineNumber) {
        const qsizetype newline = text.indexOf(u'\n', lineStart);
        const qsizetype lineEnd = newline < 0 ? text.size() : newline;
        QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        if (line.endsWith(u'\r'))
            line.chop(1);
        pieces.clear();
        CriticMarkup::scanLine(line, LineScanner::scanLine(line, lineNumber, blocks).kind, state, &pieces);
        read(lineStart, pieces);
        if (newline < 0)
            return;
        lineStart = newline + 1;
    }
}

inline QList<QList<Piece>> piecesPerLine(QStringView text)
{
    QList<QList<Piece>> lines;
    readLines(text, [&](qsizetype, const QList<CriticMarkup::Piece> &pieces) {
        QList<Piece> line;
        for (const CriticMarkup::Piece &piece : pieces)
            line.append({piece.part, piece.range.start, piece.range.end});
        lines.append(line);
    });
    return lines;
}

// The marks a line-by-line reader puts together from the pieces: from an opening to a closing.
inline QList<CriticMarkup::Mark> marksFromLines(QStringView text)
{
    using Part = CriticMarkup::Part;
    QList<CriticMarkup::Mark> marks;
    CriticMarkup::Mark mark;
    readLines(text, [&](qsizetype lineStart, const QList<CriticMarkup::Piece> &pieces) {
        for (const CriticMarkup::Piece &piece : pieces) {
            const qsizetype start = lineStart + piece.range.start;
            const qsizetype end = lineStart + piece.range.end;
            if (piece.part == Part::Opening) {
                mark = {piece.kind, {start, -1}, {end, -1}, {}, {}};
            } else if (piece.part == Part::Separator) {
                mark.oldText = {mark.content.start, start};
                mark.newText = {end, -1};
            } else if (piece.part == Part::Closing) {
                mark.whole.end = end;
                mark.content.end = start;
                if (mark.kind == Kind::Substitution)
                    mark.newText.end = start;
                marks.append(mark);
            }
        }
    });
    return marks;
}

// What each character shows as: 0 for plain text, else kind and part. Line breaks are left out, for
// the line API never sees them.
using Labels = std::vector<int>;

inline int label(Kind kind, CriticMarkup::Part part)
{
    return int(kind) * 8 + int(part) + 1;
}

inline void clearLineBreaks(QStringView text, Labels &labels)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] == u'\n')))
            labels[size_t(i)] = 0;
    }
}

inline Labels labelsFromLines(QStringView text)
{
    Labels labels(size_t(text.size()), 0);
    readLines(text, [&](qsizetype lineStart, const QList<CriticMarkup::Piece> &pieces) {
        for (const CriticMarkup::Piece &piece : pieces)
            std::fill_n(labels.begin() + lineStart + piece.range.start, piece.range.length(),
                        label(piece.kind, piece.part));
    });
    return labels;
}

inline Labels labelsFromMarks(QStringView text, const QList<CriticMarkup::Mark> &marks)
{
    using Part = CriticMarkup::Part;
    Labels labels(size_t(text.size()), 0);
    const auto set = [&labels](qsizetype start, qsizetype end, int value) {
        std::fill(labels.begin() + start, labels.begin() + end, value);
    };
    for (const CriticMarkup::Mark &mark : marks) {
        set(mark.whole.start, mark.content.start, label(mark.kind, Part::Opening));
        set(mark.content.end, mark.whole.end, label(mark.kind, Part::Closing));
        if (mark.kind == Kind::Substitution) {
            set(mark.oldText.start, mark.oldText.end, label(mark.kind, Part::OldText));
            set(mark.oldText.end, mark.newText.start, label(mark.kind, Part::Separator));
            set(mark.newText.start, mark.newText.end, label(mark.kind, Part::NewText));
        } else {
            set(mark.content.start, mark.content.end, label(mark.kind, Part::Content));
        }
    }
    clearLineBreaks(text, labels);
    return labels;
}

inline bool inOrder(const QList<CriticMarkup::Mark> &marks)
{
    qsizetype end = 0;
    for (const CriticMarkup::Mark &mark : marks) {
        if (mark.whole.start < end || mark.content.start != mark.whole.start + 3
            || mark.content.end + 3 != mark.whole.end)
            return false;
        end = mark.whole.end;
    }
    return true;
}

// Both APIs find the same marks; when the text has no problems, the line API shows exactly them.
inline void checkAgreement(QStringView text)
{
    const CriticMarkup::Result result = CriticMarkup::parse(text);
    QVERIFY(inOrder(result.marks));
    QCOMPARE(marksFromLines(text), result.marks);
    if (result.problems.isEmpty())
        QVERIFY2(labelsFromLines(text) == labelsFromMarks(text, result.marks), qPrintable(text.left(200).toString()));
}

inline QStringList markTokens()
{
    return {"{++", "++}", "{--", "--}", "{~~",  "~>",   "~~}", "{>>", "<<}", "{==", "==}",
            "a",   "b c", "é",   "\n",  "\n\n", "\r\n", "{",   "}",   ">",   "😀"};
}

inline QStringList markdownTokens()
{
    return markTokens() + QStringList {"`",    "``",  "\\",      "```\n",  "~~~\n", "\n    ", "---\n", "- ", "> ",
                                       "<!--", "-->", "<pre>\n", "</pre>", "+",     "-",      "~",     "\t", "# "};
}

inline QString generated(QRandomGenerator &random, const QStringList &tokens, int maximumTokens)
{
    QString text;
    for (int count = random.bounded(maximumTokens + 1); count > 0; --count)
        text += tokens.at(random.bounded(int(tokens.size())));
    return text;
}

// `text` with marks put in at random places, some spanning lines and paragraphs, some unclosed.
inline QString withMarks(const QString &text, QRandomGenerator &random)
{
    std::vector<qsizetype> cuts;
    cuts.reserve(16);
    for (int i = 0; i < 16; ++i)
        cuts.push_back(random.bounded(text.size() + 1));
    std::sort(cuts.begin(), cuts.end());
    QString marked;
    qsizetype from = 0;
    for (size_t i = 0; i < cuts.size(); ++i) {
        marked += QStringView(text).sliced(from, cuts[i] - from);
        from = cuts[i];
        const Kind kind = Kind(1 + random.bounded(5));
        if (i % 2 == 0)
            marked += CriticMarkup::opening(kind);
        else if (random.bounded(8) > 0)
            marked += (kind == Kind::Substitution ? QStringLiteral("~>new") : QString()) + CriticMarkup::closing(kind);
    }
    return marked + QStringView(text).sliced(from);
}

// The rules read plainly over the whole text, for texts with no code and no front matter.
inline QList<CriticMarkup::Mark> plainReading(const QString &text)
{
    QList<CriticMarkup::Mark> marks;
    for (qsizetype i = text.indexOf(u'{'); i >= 0; i = text.indexOf(u'{', i)) {
        Kind kind = Kind::Addition;
        while (CriticMarkup::opening(kind) != QStringView(text).sliced(i).left(3) && kind != Kind::Highlight)
            kind = Kind(int(kind) + 1);
        if (CriticMarkup::opening(kind) != QStringView(text).sliced(i).left(3)) {
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(CriticMarkup::closing(kind), i + 3);
        if (close < 0)
            break;
        const qsizetype separator = text.indexOf(QLatin1String("~>"), i + 3);
        if (kind != Kind::Substitution) {
            marks.append({kind, {i, close + 3}, {i + 3, close}, {}, {}});
        } else if (separator >= 0 && separator < close) {
            marks.append({kind, {i, close + 3}, {i + 3, close}, {i + 3, separator}, {separator + 2, close}});
        }
        i = close + 3;
    }
    return marks;
}

} // namespace CriticMarkupCheck
