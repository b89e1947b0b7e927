#include "timebudget.h"

#include <spell/wordscanner.h>

#include <QElapsedTimer>
#include <QTest>

using Byline::Core::WordScanner;

namespace {

QStringList wordsOf(const QString &text, WordScanner::Options options = {})
{
    QStringList words;
    const WordScanner scanner(options);
    for (const WordScanner::TextWord &word : scanner.scanText(text))
        words.append(text.mid(word.position, word.length));
    return words;
}

} // namespace

class WordScannerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prose_isSplitIntoWords();
    void apostrophes_stayInsideWords();
    void hyphenatedWords_comeOutAsParts();
    void digitsAndAcronyms_areSkipped();
    void allCaps_isCheckedWhenAsked();
    void code_isNeverChecked_data();
    void code_isNeverChecked();
    void addresses_areNeverChecked_data();
    void addresses_areNeverChecked();
    void frontMatter_isNeverChecked();
    void markup_leavesItsText();
    void listContinuation_isProseNotCode();
    void positions_nameLineAndColumn();
    void state_survivesPacking();
    void hostileLines_finish();
    void linkDestinations_areSkippedWhole();
    void adversarialLines_scanInLinearTime_data();
    void adversarialLines_scanInLinearTime();
};

void WordScannerTest::prose_isSplitIntoWords()
{
    QCOMPARE(wordsOf(QStringLiteral("Quite a few years back, I wrote.")),
             QStringList({"Quite", "a", "few", "years", "back", "I", "wrote"}));
    QCOMPARE(wordsOf(QStringLiteral("Ünïcödé naïve café\nnext line")),
             QStringList({"Ünïcödé", "naïve", "café", "next", "line"}));
}

void WordScannerTest::apostrophes_stayInsideWords()
{
    QCOMPARE(wordsOf(QStringLiteral("oVirt’s and oVirt's, writers’ 'quoted' don’t")),
             QStringList({"oVirt’s", "and", "oVirt's", "writers", "quoted", "don’t"}));
}

void WordScannerTest::hyphenatedWords_comeOutAsParts()
{
    QCOMPARE(wordsOf(QStringLiteral("much-hyped consumer-targeted e-mail -- dash - x")),
             QStringList({"much", "hyped", "consumer", "targeted", "mail", "dash", "x"}));
}

void WordScannerTest::digitsAndAcronyms_areSkipped()
{
    QCOMPARE(wordsOf(QStringLiteral("RHEL 5 and VI3 on x86 in the 2000's, mp3 by NATO. I am")),
             QStringList({"and", "on", "in", "the", "by", "I", "am"}));
    QCOMPARE(wordsOf(QStringLiteral("APIs and URLs, but not Is or Ohms")),
             QStringList({"and", "but", "not", "Is", "or", "Ohms"}));
}

void WordScannerTest::allCaps_isCheckedWhenAsked()
{
    QCOMPARE(wordsOf(QStringLiteral("RHEV and NATO"), {.skipAllCaps = false}), QStringList({"RHEV", "and", "NATO"}));
}

void WordScannerTest::code_isNeverChecked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("code span") << "Run `cmake --bulid` now" << QStringList {"Run", "now"};
    QTest::newRow("double ticks") << "A ``x ` qwzx`` b" << QStringList {"A", "b"};
    QTest::newRow("code span across lines") << "A `qwzx\nzxqw` b" << QStringList {"A", "b"};
    QTest::newRow("backtick fence") << "Before\n\n```cpp\nint qwzx;\n```\nAfter" << QStringList {"Before", "After"};
    QTest::newRow("tilde fence") << "~~~~\nqwzx\n~~~\nqwzx\n~~~~\nend" << QStringList {"end"};
    QTest::newRow("unclosed fence") << "```\nqwzx\n\nzxqw" << QStringList {};
    QTest::newRow("indented code") << "Text\n\n    qwzx zxqw\n\tqwzx\n\nend" << QStringList {"Text", "end"};
    QTest::newRow("indented after text is not code") << "Text\n    more" << QStringList {"Text", "more"};
    QTest::newRow("html tag") << "A <span class=\"qwzx\">word</span> b" << QStringList {"A", "word", "b"};
    QTest::newRow("tag across lines") << "<img src=\"qwzx.svg\" alt=\"Relative\nsavings\" class=\"zxqw\"/> Text\n\nA <b"
                                      << QStringList {"Text", "A"};
    QTest::newRow("html comment") << "A <!-- qwzx\nzxqw --> b" << QStringList {"A", "b"};
    QTest::newRow("script block") << "<script>\nvar qwzx;\n</script>\nend" << QStringList {"end"};
    QTest::newRow("entity") << "A&nbsp;b &amp; c" << QStringList {"A", "b", "c"};
    QTest::newRow("file names") << "Edit main.cpp and snake_case in /usr/share/qwzx"
                                << QStringList {"Edit", "and", "in"};
}

void WordScannerTest::code_isNeverChecked()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(wordsOf(text), words);
}

void WordScannerTest::addresses_areNeverChecked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("bare url") << "See https://ovirt.org/qwzx/zxqw?a=b now" << QStringList {"See", "now"};
    QTest::newRow("www") << "See www.qwzx.com now" << QStringList {"See", "now"};
    QTest::newRow("autolink") << "See <https://qwzx.org> and <qwzx@zxqw.org>" << QStringList {"See", "and"};
    QTest::newRow("e-mail") << "Write to qwzx@example.com today" << QStringList {"Write", "to", "today"};
    QTest::newRow("link") << "A [good link](https://qwzx.org/a_(b) \"Title\") here"
                          << QStringList {"A", "good", "link", "here"};
    QTest::newRow("image") << "![Alt text](images/qwzx.png)" << QStringList {"Alt", "text"};
    QTest::newRow("reference link") << "A [link][qwzx] here" << QStringList {"A", "link", "here"};
    QTest::newRow("reference definition") << "[qwzx]: https://qwzx.org \"Some title\"" << QStringList {"Some", "title"};
    QTest::newRow("footnote") << "Text[^qwzx].\n\n[^qwzx]: The note." << QStringList {"Text", "The", "note"};
    QTest::newRow("mailto") << "mailto:qwzx@zxqw.org" << QStringList {};
}

void WordScannerTest::addresses_areNeverChecked()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(wordsOf(text), words);
}

void WordScannerTest::frontMatter_isNeverChecked()
{
    QCOMPARE(wordsOf(QStringLiteral("---\ntitle: Qwzx zxqw\ntags: [qwzx]\n---\nBody text")),
             QStringList({"Body", "text"}));
    QCOMPARE(wordsOf(QStringLiteral("+++\ntitle = \"Qwzx\"\n+++\nBody")), QStringList({"Body"}));
    // Only at the very top: a rule further down is a rule.
    QCOMPARE(wordsOf(QStringLiteral("Intro\n\n---\n\nMore")), QStringList({"Intro", "More"}));
}

void WordScannerTest::markup_leavesItsText()
{
    QCOMPARE(wordsOf(QStringLiteral("## A *heading* with **strong**\n> quoted _text_\n- [x] task item\n"
                                    "1. numbered\n| cell | other |\n{++added++} {--gone--} {>>note<<}")),
             QStringList({"A", "heading", "with", "strong", "quoted", "text", "task", "item", "numbered", "cell",
                          "other", "added", "gone", "note"}));
}

void WordScannerTest::listContinuation_isProseNotCode()
{
    QCOMPARE(wordsOf(QStringLiteral("- item\n\n    continued paragraph\n\nAfter\n\n    code")),
             QStringList({"item", "continued", "paragraph", "After"}));
}

void WordScannerTest::positions_nameLineAndColumn()
{
    const QString text = QStringLiteral("---\ntitle: x\n---\n\n😀 Qwzx\r\nline `a` zxqw");
    const WordScanner scanner;
    const QList<WordScanner::TextWord> words = scanner.scanText(text);
    QCOMPARE(words.size(), 3);
    QCOMPARE(words[0].line, 5);
    QCOMPARE(WordScanner::columnOf(text, words[0].lineStart, words[0].position), 3); // the emoji counts once
    QCOMPARE(text.mid(words[2].position, words[2].length), QStringLiteral("zxqw"));
    QCOMPARE(words[2].line, 6);
    QCOMPARE(WordScanner::columnOf(text, words[2].lineStart, words[2].position), 10);
}

void WordScannerTest::state_survivesPacking()
{
    const WordScanner scanner;
    const QStringList lines = {"---", "a: b", "---", "- item", "", "```", "x", "```", "A `b", "c` d", "<!-- x"};
    WordScanner::State state;
    for (int i = 0; i < lines.size(); ++i) {
        scanner.scanLine(lines[i], i, state, nullptr);
        const int packed = state.toInt();
        QVERIFY(packed >= 0);
        QCOMPARE(WordScanner::State::fromInt(packed).toInt(), packed);
    }
    QCOMPARE(WordScanner::State::fromInt(-1), WordScanner::State());
}

void WordScannerTest::hostileLines_finish()
{
    // Long runs of markup characters and unclosed constructs end in time and find no words.
    for (const QChar c : QStringLiteral("`<[]()&\\*_-'")) {
        const QString line = QString(200000, c);
        QVERIFY(wordsOf(line).isEmpty());
    }
    QCOMPARE(wordsOf(QStringLiteral("[a](") + QString(100000, QLatin1Char('(')) + QStringLiteral(" b")).size(), 2);
}

void WordScannerTest::linkDestinations_areSkippedWhole()
{
    // Parentheses balance inside a destination, an escaped one does not count, an open one is text.
    QCOMPARE(wordsOf(QStringLiteral("see [here](a (nested) path) and [there](b \\) c) then")),
             QStringList({"see", "here", "and", "there", "then"}));
    QCOMPARE(wordsOf(QStringLiteral("[a](open ](closed) tail")), QStringList({"a", "open", "tail"}));
    QCOMPARE(wordsOf(QStringLiteral("[^note] and [a][ref] or [b][] done")),
             QStringList({"and", "a", "or", "b", "done"}));
}

void WordScannerTest::adversarialLines_scanInLinearTime_data()
{
    QTest::addColumn<QString>("piece");
    for (const char *piece : {"[ (](", "[a](<b", "[a](b", "](", "[^a ", "][",  "[a",  "a]", "![[]()", "`a``",
                              "<a '",  "<!--",   "<",     "&#", "*a_",  "_a*", "\\(", "\\", "((",     "))"})
        QTest::newRow(piece) << QString::fromLatin1(piece);
}

void WordScannerTest::adversarialLines_scanInLinearTime()
{
    // A megabyte on one line; a scan that went back over the line for every opening took minutes.
    QFETCH(QString, piece);
    const QString line = piece.repeated(qsizetype(1024) * 1024 / piece.size());
    QElapsedTimer clock;
    clock.start();
    const qsizetype words = WordScanner().scanText(line).size();
    QVERIFY2(clock.elapsed() < TimeBudget::ms(1500),
             qPrintable(QStringLiteral("%1 ms for %2 words").arg(clock.elapsed()).arg(words)));
}

QTEST_GUILESS_MAIN(WordScannerTest)
#include "wordscanner_test.moc"
