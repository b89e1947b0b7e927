#include <ui/document/documenttext.h>
#include <ui/document/textedit.h>
#include <ui/editor/markdownhighlighter.h>
#include <ui/editor/spacedtextlayout.h>

#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Byline::WidgetUi;

namespace {

// Pieces of text the edits insert: line breaks, non-breaking spaces, line separators, Markdown.
const QStringList pieces = {QStringLiteral("a"),
                            QStringLiteral("word "),
                            QStringLiteral("\n"),
                            QStringLiteral("\n\n"),
                            QStringLiteral("line one\nline two"),
                            QStringLiteral("« Bonjour\u00a0! »"),
                            QStringLiteral("un\u2028retour"),
                            QStringLiteral("# Heading\n"),
                            QStringLiteral("```\ncode\n```\n"),
                            QStringLiteral("{++added\nover lines++}")};

// One random change, as the editor, undo or a feature makes them.
void change(QTextDocument &document, QRandomGenerator &random)
{
    const int end = document.characterCount() - 1;
    QTextCursor cursor(&document);
    const int at = int(random.bounded(end + 1));
    switch (random.bounded(10)) {
    case 0:
    case 1:
        cursor.setPosition(at);
        cursor.insertText(pieces.at(qsizetype(random.bounded(int(pieces.size())))));
        break;
    case 2: {
        cursor.setPosition(at);
        cursor.setPosition(std::min(end, at + int(random.bounded(40))), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        break;
    }
    case 3:
        document.undo();
        break;
    case 4:
        document.redo();
        break;
    case 5: { // formats change, text does not
        cursor.setPosition(at);
        cursor.setPosition(std::min(end, at + 10), QTextCursor::KeepAnchor);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(bold);
        break;
    }
    case 6: { // several edits, one undo step
        cursor.beginEditBlock();
        cursor.setPosition(at);
        cursor.insertText(QStringLiteral("x\ny"));
        cursor.setPosition(0);
        cursor.insertText(QStringLiteral("z"));
        cursor.endEditBlock();
        break;
    }
    case 7: { // a new block, as Enter makes one
        cursor.setPosition(at);
        cursor.insertBlock();
        break;
    }
    case 8: { // a block's format (spacing), as the editor's layout sets them
        cursor.setPosition(at);
        QTextBlockFormat format;
        format.setTopMargin(double(random.bounded(4)));
        cursor.setBlockFormat(format);
        break;
    }
    default:
        cursor.setPosition(at);
        cursor.deleteChar(); // may join two lines
        break;
    }
}

} // namespace

// The text kept beside the document is the document's, exactly, after any change.
class DocumentTextTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void randomEdits_keepTheTextExact_data();
    void randomEdits_keepTheTextExact();
    void replacedWholesale_keepsTheTextExact();
    void largeDocument_isNeverReadWholeAgain();
};

void DocumentTextTest::init()
{
    // A resynchronisation means the incremental update got something wrong.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("out of step")));
}

void DocumentTextTest::randomEdits_keepTheTextExact_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("no view") << QString();
    QTest::newRow("editor with highlighting") << QStringLiteral("editor");
}

void DocumentTextTest::randomEdits_keepTheTextExact()
{
    QFETCH(QString, view);
    QTextDocument document;
    document.setPlainText(QStringLiteral("---\ntitle: Start\n---\n\nFirst\u00a0paragraph.\n"));
    DocumentText text(&document);
    std::unique_ptr<QPlainTextEdit> editor;
    if (!view.isEmpty()) { // the editor's own layout, and a highlighter changing formats as it goes
        document.setDocumentLayout(new SpacedTextLayout(&document));
        editor = std::make_unique<QPlainTextEdit>();
        editor->setDocument(&document);
        new MarkdownHighlighter(&document);
        editor->show();
    }
    QRandomGenerator random(20261202);
    for (int round = 0; round < 3000; ++round) {
        change(document, random);
        if (text.text() != textOf(document))
            QFAIL(qPrintable(QStringLiteral("after change %1: %2 != %3")
                                 .arg(round)
                                 .arg(text.text().size())
                                 .arg(textOf(document).size())));
    }
    editor.reset();
}

void DocumentTextTest::replacedWholesale_keepsTheTextExact()
{
    QTextDocument document;
    DocumentText text(&document);
    document.setPlainText(QStringLiteral("one\ntwo\u00a0three\n"));
    QCOMPARE(text.text(), QStringLiteral("one\ntwo\u00a0three\n"));
    document.clear();
    QCOMPARE(text.text(), QString());
    document.setPlainText(QStringLiteral("x"));
    QCOMPARE(text.text(), QStringLiteral("x"));
}

void DocumentTextTest::largeDocument_isNeverReadWholeAgain()
{
    // A keystroke in a 5 MB text costs a splice, not a copy of the document.
    QTextDocument document;
    DocumentText text(&document);
    const QString paragraph = QStringLiteral("A paragraph of a long manuscript, long enough to matter.\n\n");
    document.setPlainText(paragraph.repeated(90000));
    QCOMPARE(text.text().size(), paragraph.size() * 90000);
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    QElapsedTimer clock;
    clock.start();
    for (int key = 0; key < 200; ++key) {
        cursor.insertText(QStringLiteral("k"));
        (void)text.text();
    }
    QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(text.text().endsWith(QString(200, QLatin1Char('k'))));
}

QTEST_MAIN(DocumentTextTest)

#include "documenttext_test.moc"
