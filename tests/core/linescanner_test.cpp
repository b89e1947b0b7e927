#include <markdown/linescanner.h>
#include <markdown/linestarts.h>

#include <QRandomGenerator>
#include <QTest>

using Byline::Core::LineScanner;
using Kind = LineScanner::LineKind;

namespace {

QList<Kind> kindsOf(const QString &text)
{
    QList<Kind> kinds;
    LineScanner::State state;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        kinds.append(LineScanner::scanLine(lines[i], i, state).kind);
    return kinds;
}

} // namespace

class LineScannerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_areSortedIntoBlocks();
    void prose_startsAfterItsMarkers_data();
    void prose_startsAfterItsMarkers();
    void openInlineConstruct_holdsBlockMarkersBack();
    void state_packsIntoItsBitsAndIgnoresHigherOnes();
    void lineFeeds_areFoundWhereverTheyStand();
    void forEachLine_visitsEveryLineOnce();
    void lineStarts_numberLinesAndColumns();
};

void LineScannerTest::lines_areSortedIntoBlocks()
{
    const QString text = QStringLiteral("---\ntitle: A\n---\n# Head\n\n```cpp\nint x;\n```\n\n    indented\n"
                                        "\n<pre>\nraw\n</pre>\n- item\n\n    continued");
    QCOMPARE(kindsOf(text),
             QList<Kind>({Kind::FrontMatterDelimiter, Kind::FrontMatter, Kind::FrontMatterDelimiter, Kind::Prose,
                          Kind::Blank, Kind::FenceDelimiter, Kind::FencedCode, Kind::FenceDelimiter, Kind::Blank,
                          Kind::IndentedCode, Kind::Blank, Kind::Html, Kind::Html, Kind::Html, Kind::Prose, Kind::Blank,
                          Kind::Prose}));
    // Front matter opens on the first line only; further down `---` is a rule.
    QCOMPARE(kindsOf(QStringLiteral("Text\n---\nmore")), QList<Kind>({Kind::Prose, Kind::Prose, Kind::Prose}));
}

void LineScannerTest::prose_startsAfterItsMarkers_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "Plain text"
                           << "Plain text";
    QTest::newRow("heading") << "## Head"
                             << " Head";
    QTest::newRow("quoted task") << "> - [x] done"
                                 << "done";
    QTest::newRow("numbered") << "12. twelve"
                              << "twelve";
    QTest::newRow("reference title") << "[id]: https://x.org \"Title\""
                                     << " \"Title\"";
}

void LineScannerTest::prose_startsAfterItsMarkers()
{
    QFETCH(QString, line);
    QFETCH(QString, text);
    LineScanner::State state;
    const LineScanner::Line scanned = LineScanner::scanLine(line, 1, state);
    QCOMPARE(scanned.kind, Kind::Prose);
    QCOMPARE(line.mid(scanned.textStart), text);
}

void LineScannerTest::openInlineConstruct_holdsBlockMarkersBack()
{
    // A code span left open by the line before goes on: this ``` is inside it, not a fence.
    LineScanner::State state;
    (void)LineScanner::scanLine(QStringLiteral("A `span"), 0, state);
    state.setOpenCodeTicks(1);
    QCOMPARE(LineScanner::scanLine(QStringLiteral("```"), 1, state).kind, Kind::Prose);
    QVERIFY(!state.inFence());
    // An HTML comment goes on until its end; the prose after it starts there.
    state.setOpenCodeTicks(0);
    state.setInHtmlComment(true);
    QCOMPARE(LineScanner::scanLine(QStringLiteral("still a comment"), 2, state).kind, Kind::Html);
    const LineScanner::Line after = LineScanner::scanLine(QStringLiteral("end --> prose"), 3, state);
    QCOMPARE(after.kind, Kind::Prose);
    QCOMPARE(after.textStart, 7);
}

void LineScannerTest::state_packsIntoItsBitsAndIgnoresHigherOnes()
{
    const QStringList lines = {"---", "a: b", "---", "- item", "", "~~~~~", "x", "~~~~~", "<script>", "</script>"};
    LineScanner::State state;
    for (int i = 0; i < lines.size(); ++i) {
        (void)LineScanner::scanLine(lines[i], i, state);
        const int packed = state.toInt();
        QVERIFY(packed >= 0 && packed < (1 << LineScanner::State::bits));
        QCOMPARE(LineScanner::State::fromInt(packed).toInt(), packed);
        QCOMPARE(LineScanner::State::fromInt(packed | (0x7f << LineScanner::State::bits)).toInt(), packed);
    }
    QCOMPARE(LineScanner::State::fromInt(-1), LineScanner::State());
}

// Line feeds at every offset of the eight-character steps, beside characters that share a byte
// with one (U+0A0A, U+010A, U+0A00, a surrogate pair), in texts of every length up to a few steps.
void LineScannerTest::lineFeeds_areFoundWhereverTheyStand()
{
    const char16_t alphabet[] = {u'a', u'\n', u'\r', u'\u0a0a', u'\u010a', u'\u0a00', u'\xa0', 0xd83d, 0xde00, u'\v'};
    QRandomGenerator random(20261204);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = int(random.bounded(40));
        for (int i = 0; i < length; ++i)
            text.append(QChar(alphabet[random.bounded(int(std::size(alphabet)))]));
        QList<qsizetype> expected;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'\n')
                expected.append(i);
        }
        QList<qsizetype> found;
        Byline::Core::forEachLineFeed(text, [&](qsizetype at) { found.append(at); });
        QCOMPARE(found, expected);
        // The same over a view that starts at an odd place in its string.
        if (!text.isEmpty()) {
            const QStringView tail = QStringView(text).sliced(1);
            QList<qsizetype> fromTail;
            Byline::Core::forEachLineFeed(tail, [&](qsizetype at) { fromTail.append(at + 1); });
            QCOMPARE(fromTail, expected.mid(!expected.isEmpty() && expected.first() == 0 ? 1 : 0));
        }
    }
}

void LineScannerTest::forEachLine_visitsEveryLineOnce()
{
    const auto linesOf = [](const QString &text) {
        QStringList lines;
        QList<qsizetype> starts;
        LineScanner::forEachLine(text, [&](QStringView line, int index, qsizetype start) {
            QCOMPARE(index, lines.size());
            lines.append(line.toString());
            starts.append(start);
        });
        return std::pair(lines, starts);
    };
    QCOMPARE(linesOf(QString()), std::pair(QStringList {QString()}, QList<qsizetype> {0}));
    QCOMPARE(linesOf(QStringLiteral("one\r\ntwo\n")),
             std::pair(QStringList {"one", "two", ""}, QList<qsizetype> {0, 5, 9}));
    QCOMPARE(linesOf(QStringLiteral("\n\na long line that spans more than eight characters")),
             std::pair(QStringList {"", "", "a long line that spans more than eight characters"},
                       QList<qsizetype> {0, 1, 2}));
}

void LineScannerTest::lineStarts_numberLinesAndColumns()
{
    const QString text = QStringLiteral("first\nsecond line\n\nlast");
    const Byline::Core::LineStarts lines(text);
    QCOMPARE(lines.lineCount(), 4);
    QCOMPARE(lines.lineOf(0), 1);
    QCOMPARE(lines.lineOf(5), 1); // the line break belongs to its line
    QCOMPARE(lines.lineOf(6), 2);
    QCOMPARE(lines.columnOf(8), 3);
    QCOMPARE(lines.lineStart(10), 6);
    QCOMPARE(lines.lineEnd(10), 17);
    QCOMPARE(lines.lineOf(18), 3);
    QCOMPARE(lines.lineEnd(text.size()), text.size());
    QCOMPARE(lines.lineOf(text.size()), 4);
    // Found from an earlier line, from a later one (a search again), or from nowhere: the same.
    for (qsizetype position = 0; position <= text.size(); ++position) {
        for (qsizetype from = 0; from <= lines.lineCount() + 1; ++from)
            QCOMPARE(lines.lineOf(position, from), lines.lineOf(position));
    }
}

QTEST_GUILESS_MAIN(LineScannerTest)
#include "linescanner_test.moc"
