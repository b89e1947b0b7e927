#include "criticmarkupcheck.h"
#include "hostileinputs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace CriticMarkupCheck;

class CriticMarkupTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachKind_isAMarkWithItsRanges_data();
    void eachKind_isAMarkWithItsRanges();
    void substitution_splitsAtItsFirstSeparator();
    void marks_spanLinesAndParagraphs();
    void marks_doNotNest();
    void unclosedMark_isPlainTextWithAProblem();
    void substitutionWithoutSeparator_isPlainTextWithAProblem();
    void separatorOutsideASubstitution_isText();
    void code_isLiteral_data();
    void code_isLiteral();
    void body_hasNoFrontMatter();
    void emptyMarks_areMarks();
    void adjacentMarks_areSeparate();
    void nonAsciiText_keepsUtf16Positions();
    void linePieces_showAMarkOnEveryLineItCovers();
    void linePieces_leaveOutASubstitutionWithoutSeparator();
    void lineState_packsIntoFourBits();
    void lineApi_agreesWithWholeText_onSamples();
    void lineApi_agreesWithWholeText_onGeneratedTexts();
    void wholeText_agreesWithAPlainReading_onGeneratedMarks();
    void hostileInput_isReadInLinearTime_data();
    void hostileInput_isReadInLinearTime();
};

void CriticMarkupTest::eachKind_isAMarkWithItsRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("content");
    QTest::newRow("addition") << "An {++added++} word" << int(Kind::Addition) << "added";
    QTest::newRow("deletion") << "A {-- gone --} word" << int(Kind::Deletion) << " gone ";
    QTest::newRow("substitution") << "A {~~old~>new~~} word" << int(Kind::Substitution) << "old~>new";
    QTest::newRow("comment") << "A word{>>Why?<<}" << int(Kind::Comment) << "Why?";
    QTest::newRow("highlight") << "A {==marked==} word" << int(Kind::Highlight) << "marked";
}

void CriticMarkupTest::eachKind_isAMarkWithItsRanges()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, content);
    const CriticMarkup::Result result = CriticMarkup::parse(text);
    QCOMPARE(result.marks.size(), 1);
    QVERIFY(result.problems.isEmpty());
    const CriticMarkup::Mark &mark = result.marks.constFirst();
    QCOMPARE(int(mark.kind), kind);
    QCOMPARE(mark.content.of(text), content);
    const QString whole = CriticMarkup::opening(mark.kind) + content + CriticMarkup::closing(mark.kind);
    QCOMPARE(mark.whole.of(text), whole);
    QCOMPARE(mark.whole.start, text.indexOf(QLatin1Char('{')));
}

void CriticMarkupTest::substitution_splitsAtItsFirstSeparator()
{
    const QString text = QStringLiteral("{~~old~>new~~} {~~a~>b~>c~~} {~~x~~>y~~}");
    const QList<CriticMarkup::Mark> marks = CriticMarkup::parse(text).marks;
    QCOMPARE(marks.size(), 3);
    QCOMPARE(marks[0].oldText.of(text), QStringLiteral("old"));
    QCOMPARE(marks[0].newText.of(text), QStringLiteral("new"));
    QCOMPARE(marks[0].separator(), 6);
    QCOMPARE(text.mid(marks[0].separator(), 2), QStringLiteral("~>"));
    QCOMPARE(marks[1].newText.of(text), QStringLiteral("b~>c"));
    QCOMPARE(marks[2].oldText.of(text), QStringLiteral("x~"));
    QCOMPARE(marks[2].newText.of(text), QStringLiteral("y"));
    // Other kinds have no sides.
    QCOMPARE(CriticMarkup::parse(u"{++a~>b++}").marks.constFirst().oldText.length(), 0);
}

void CriticMarkupTest::marks_spanLinesAndParagraphs()
{
    QCOMPARE(describe(u"Start {++three\nline\naddition++} end"), QStringList({"+:three\nline\naddition"}));
    QCOMPARE(describe(u"{--first paragraph.\n\nSecond paragraph.--}\n\n{>>note\n<<}"),
             QStringList({"-:first paragraph.\n\nSecond paragraph.", ">:note\n"}));
    QCOMPARE(describe(u"{~~old\ntext\n~>\nnew~~}"), QStringList({"~:old\ntext\n>\nnew"}));
    // Windows line endings stay inside the mark.
    const QString crlf = QStringLiteral("{==one\r\ntwo==}\r\n{++x++}");
    const QList<CriticMarkup::Mark> marks = CriticMarkup::parse(crlf).marks;
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks[0].content.of(crlf), QStringLiteral("one\r\ntwo"));
    QCOMPARE(marks[1].whole.start, 16);
}

void CriticMarkupTest::marks_doNotNest()
{
    QCOMPARE(describe(u"{++outer {--inner--} tail++}"), QStringList({"+:outer {--inner--} tail"}));
    // The first closing delimiter of the open kind ends it; what follows is text.
    QCOMPARE(describe(u"{++a {++b++} c++} {==d==}"), QStringList({"+:a {++b", "=:d"}));
    QCOMPARE(describe(u"{>>a ++} --} <<}"), QStringList({">:a ++} --} "}));
}

void CriticMarkupTest::unclosedMark_isPlainTextWithAProblem()
{
    const QString text = QStringLiteral("{++kept++} text\nmore {-- never closed.\n{==not a mark==}");
    const CriticMarkup::Result result = CriticMarkup::parse(text);
    QCOMPARE(describeMarks(text, result.marks), QStringList({"+:kept"}));
    QCOMPARE(result.problems.size(), 1);
    const CriticMarkup::Problem &problem = result.problems.constFirst();
    QCOMPARE(problem.type, CriticMarkup::Problem::Type::Unclosed);
    QCOMPARE(problem.kind, Kind::Deletion);
    QCOMPARE(problem.line, 2);
    QCOMPARE(problem.position, text.indexOf(QLatin1String("{--")));
    QVERIFY2(problem.message.contains(QLatin1String("`{--`")) && problem.message.contains(QLatin1String("`--}`")),
             qPrintable(problem.message));
}

void CriticMarkupTest::substitutionWithoutSeparator_isPlainTextWithAProblem()
{
    const QString text = QStringLiteral("{~~no {++inner++}\nseparator~~} {++after++}");
    const CriticMarkup::Result result = CriticMarkup::parse(text);
    QCOMPARE(describeMarks(text, result.marks), QStringList({"+:after"}));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems[0].type, CriticMarkup::Problem::Type::SubstitutionWithoutSeparator);
    QCOMPARE(result.problems[0].line, 1);
    QCOMPARE(result.problems[0].position, 0);
    QVERIFY(result.problems[0].message.contains(QLatin1String("`~>`")));
}

void CriticMarkupTest::separatorOutsideASubstitution_isText()
{
    const QString text = QStringLiteral("a ~> b {++c ~> d++} ~~}");
    const CriticMarkup::Result result = CriticMarkup::parse(text);
    QCOMPARE(describeMarks(text, result.marks), QStringList({"+:c ~> d"}));
    QVERIFY(result.problems.isEmpty());
}

void CriticMarkupTest::code_isLiteral_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("marks");
    QTest::newRow("code span") << "`{++x++}` {--y--}" << QStringList {"-:y"};
    QTest::newRow("double backticks") << "``a ` {++x++}`` {--y--}" << QStringList {"-:y"};
    QTest::newRow("unmatched backtick is text") << "a ` {++x++}" << QStringList {"+:x"};
    QTest::newRow("escaped backtick") << "\\`{++x++}`" << QStringList {"+:x"};
    QTest::newRow("backtick inside a mark") << "{--`--} and `code`" << QStringList {"-:`"};
    QTest::newRow("closer in a code span ends an open mark") << "{++a `b++}` c" << QStringList {"+:a `b"};
    QTest::newRow("code span across lines") << "a `b\n{++x++}` c" << QStringList {"+:x"};
    QTest::newRow("fenced code") << "```\n{++x++}\n```\n{--y--}" << QStringList {"-:y"};
    QTest::newRow("tilde fence") << "~~~ {++\n{++x++}\n~~~" << QStringList {};
    QTest::newRow("indented code") << "Text\n\n    {++x++}\n\nafter {--y--}" << QStringList {"-:y"};
    QTest::newRow("front matter") << "---\ntitle: {++x++}\n---\n{--y--}" << QStringList {"-:y"};
    QTest::newRow("open mark runs through a fence")
        << "{++a\n```\ncode\n```\nb++}" << QStringList {"+:a\n```\ncode\n```\nb"};
    QTest::newRow("closer in a fence ends an open mark")
        << "{++a\n```\nx++} {--y--}\n```" << QStringList {"+:a\n```\nx"};
    QTest::newRow("raw HTML is not code") << "<span title=\"{++x++}\">" << QStringList {"+:x"};
    QTest::newRow("escaped brace") << R"(\{++x++} \\{--y--})" << QStringList {"-:y"};
}

void CriticMarkupTest::code_isLiteral()
{
    QFETCH(QString, text);
    QFETCH(QStringList, marks);
    QCOMPARE(describe(text), marks);
    QCOMPARE(marksFromLines(text), CriticMarkup::parse(text).marks);
}

void CriticMarkupTest::body_hasNoFrontMatter()
{
    const QString text = QStringLiteral("---\n{++x++}\n---");
    QVERIFY(CriticMarkup::parse(text).marks.isEmpty());
    QCOMPARE(CriticMarkup::parse(text, CriticMarkup::Start::Body).marks.size(), 1);
}

void CriticMarkupTest::emptyMarks_areMarks()
{
    const QString text = QStringLiteral("{++++}{----}{~~~>~~}{>><<}{====}");
    const CriticMarkup::Result result = CriticMarkup::parse(text);
    QCOMPARE(describeMarks(text, result.marks), QStringList({"+:", "-:", "~:>", ">:", "=:"}));
    QCOMPARE(result.marks[2].oldText.length(), 0);
    QCOMPARE(result.marks[2].newText.length(), 0);
    QVERIFY(result.problems.isEmpty());
    // Too short to close: literal.
    QCOMPARE(describe(u"{+++} {--}"), QStringList());
}

void CriticMarkupTest::adjacentMarks_areSeparate()
{
    const QString text = QStringLiteral("{++x++}{>>@Ed 2026-11-20T10:04Z note<<}");
    const QList<CriticMarkup::Mark> marks = CriticMarkup::parse(text).marks;
    QCOMPARE(describeMarks(text, marks), QStringList({"+:x", ">:@Ed 2026-11-20T10:04Z note"}));
    QCOMPARE(marks[0].whole.end, marks[1].whole.start); // the comment is attached to the change
    QCOMPARE(marks[1].whole.end, text.size());
    QCOMPARE(describe(u"{--a--}{++b++}{~~c~>d~~}{==e==}"), QStringList({"-:a", "+:b", "~:c>d", "=:e"}));
}

void CriticMarkupTest::nonAsciiText_keepsUtf16Positions()
{
    const QString text = QStringLiteral("Ünïcödé 😀 {++café 😀++} naïve {~~日本~>中文~~}");
    const QList<CriticMarkup::Mark> marks = CriticMarkup::parse(text).marks;
    QCOMPARE(describeMarks(text, marks), QStringList({"+:café 😀", "~:日本>中文"}));
    QCOMPARE(marks[0].whole.start, 11); // the emoji is two UTF-16 units
    QCOMPARE(marks[1].oldText.of(text), QStringLiteral("日本"));
    QCOMPARE(marks[1].newText.of(text), QStringLiteral("中文"));
}

void CriticMarkupTest::linePieces_showAMarkOnEveryLineItCovers()
{
    using Part = CriticMarkup::Part;
    const QList<QList<Piece>> lines = piecesPerLine(u"A {~~old\nstill old~>new\nnew~~} end");
    QCOMPARE(lines[0], QList<Piece>({{Part::Opening, 2, 5}, {Part::OldText, 5, 8}}));
    QCOMPARE(lines[1], QList<Piece>({{Part::OldText, 0, 9}, {Part::Separator, 9, 11}, {Part::NewText, 11, 14}}));
    QCOMPARE(lines[2], QList<Piece>({{Part::NewText, 0, 3}, {Part::Closing, 3, 6}}));
    // A blank line inside a mark has nothing to show; the paragraph after it does.
    const QList<QList<Piece>> paragraphs = piecesPerLine(u"{--one\n\ntwo--}");
    QCOMPARE(paragraphs[1], QList<Piece>());
    QCOMPARE(paragraphs[2], QList<Piece>({{Part::Content, 0, 3}, {Part::Closing, 3, 6}}));
}

void CriticMarkupTest::linePieces_leaveOutASubstitutionWithoutSeparator()
{
    using Part = CriticMarkup::Part;
    QCOMPARE(piecesPerLine(u"a {~~b~~} {++c++}")[0],
             QList<Piece>({{Part::Opening, 10, 13}, {Part::Content, 13, 14}, {Part::Closing, 14, 17}}));
    // Over lines, the line API cannot know before the end; then the last line shows no piece.
    const QList<QList<Piece>> lines = piecesPerLine(u"{~~b\nc~~} d");
    QCOMPARE(lines[0], QList<Piece>({{Part::Opening, 0, 3}, {Part::OldText, 3, 4}}));
    QCOMPARE(lines[1], QList<Piece>());
}

void CriticMarkupTest::lineState_packsIntoFourBits()
{
    QCOMPARE(CriticMarkup::State::bits, 4);
    QSet<int> seen;
    const QStringList lines = {"", "{++a", "b++}", "{~~a", "b~>", "c~~}", "{>>", "<<} {==", "==} {--", "--}"};
    CriticMarkup::State state;
    for (const QString &line : lines) {
        CriticMarkup::scanLine(line, Byline::Core::LineScanner::LineKind::Prose, state, nullptr);
        const int packed = state.toInt();
        QVERIFY(packed >= 0 && packed < (1 << CriticMarkup::State::bits));
        QCOMPARE(CriticMarkup::State::fromInt(packed), state);
        QCOMPARE(CriticMarkup::State::fromInt(packed | 0x7ff0), state); // higher bits belong to others
        seen.insert(packed);
    }
    QCOMPARE(seen.size(), 7); // none, the five kinds, a substitution past `~>`
    QCOMPARE(CriticMarkup::State::fromInt(-1), CriticMarkup::State());
    QVERIFY(!CriticMarkup::State::fromInt(7).isOpen()); // not a kind
}

void CriticMarkupTest::lineApi_agreesWithWholeText_onSamples()
{
    QStringList texts;
    for (const QString &name : QDir(QStringLiteral(BYLINE_SAMPLES_DIR)).entryList({"*.md"}))
        texts.append(readFile(QStringLiteral(BYLINE_SAMPLES_DIR "/") + name));
    QCOMPARE(texts.size(), 4);
    const QDir corpus(QStringLiteral(BYLINE_CORPUS_DIR));
    for (const QString &name : corpus.entryList({"*.md"})) // code-heavy Markdown, when it is there
        texts.append(readFile(corpus.filePath(name)));
    QRandomGenerator random(20261120);
    for (qsizetype i = 0; i < texts.size() && !QTest::currentTestFailed(); ++i) {
        checkAgreement(texts[i]);
        for (int variant = i < 4 ? 100 : 2; variant > 0; --variant) // the samples are short
            checkAgreement(withMarks(texts[i], random));
    }
}

void CriticMarkupTest::lineApi_agreesWithWholeText_onGeneratedTexts()
{
    QRandomGenerator random(42);
    for (int i = 0; i < 4000 && !QTest::currentTestFailed(); ++i)
        checkAgreement(generated(random, markdownTokens(), 60));
}

void CriticMarkupTest::wholeText_agreesWithAPlainReading_onGeneratedMarks()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 4000; ++i) {
        const QString text = generated(random, markTokens(), 40);
        QCOMPARE(CriticMarkup::parse(text).marks, plainReading(text));
    }
}

void CriticMarkupTest::hostileInput_isReadInLinearTime_data()
{
    QTest::addColumn<QString>("text");
    const qsizetype megabyte = 1 << 20;
    const auto fill = [megabyte](const char *piece) {
        const QString unit = QString::fromUtf8(piece);
        return unit.repeated(megabyte / unit.size());
    };
    QTest::newRow("unclosed openers") << fill("{++");
    QTest::newRow("substitutions without end") << fill("{~~a~>");
    QTest::newRow("alternating openers") << fill("{++{--{~~{>>{==");
    QTest::newRow("openers on lines") << fill("{++ a\n{~~b~>\n\n");
    QTest::newRow("closers only") << fill("++}--}~~}<<}==}~>");
    QTest::newRow("many marks") << fill("{++a++}{~~b~>c~~}{>>d<<}\n");
    QTest::newRow("backtick runs") << fill("`{++a``b```{--");
    for (const HostileInputs::Case &hostile : HostileInputs::all())
        QTest::newRow(hostile.name) << hostile.markdown;
}

void CriticMarkupTest::hostileInput_isReadInLinearTime()
{
    QFETCH(QString, text);
    QElapsedTimer timer;
    timer.start();
    const CriticMarkup::Result result = CriticMarkup::parse(text);
    // A parser that looked ahead to the end of the text from each opener would take minutes here.
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    QVERIFY(inOrder(result.marks));
}

QTEST_GUILESS_MAIN(CriticMarkupTest)
#include "criticmarkup_test.moc"
