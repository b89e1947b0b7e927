#include <markdown/linescanner.h>

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

QTEST_GUILESS_MAIN(LineScannerTest)
#include "linescanner_test.moc"
