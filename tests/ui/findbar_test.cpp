#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <editor/findbar.h>
#include <editor/markdowneditor.h>

using namespace Byline::WidgetUi;

class FindBarTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incremental_selectsAsYouTypeAndCounts();
    void matchCaseAndWholeWords();
    void regex_replaceAll_withCapturesInOneUndoStep();
    void replaceCurrent_replacesThenMovesOn();
    void invalidRegex_saysSoAndChangesNothing();
    void emptyMatches_doNotLoopForever();
};

void FindBarTest::incremental_selectsAsYouTypeAndCounts()
{
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("The bus, the busker and the bush."));
    FindBar bar(&editor);
    bar.showFind();
    auto *field = bar.findChild<QLineEdit *>();
    QTest::keyClicks(field, QStringLiteral("bu"));
    QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("bu"));
    QCOMPARE(editor.textCursor().selectionStart(), 4);
    QCOMPARE(bar.status(), QStringLiteral("3 matches"));
    QTest::keyClicks(field, QStringLiteral("sk"));
    QCOMPARE(editor.textCursor().selectionStart(), 13); // grew into "busk"
    QCOMPARE(bar.status(), QStringLiteral("1 match"));
    QCOMPARE(editor.extraSelections().size(), 1); // highlighted
    bar.hide();
    QVERIFY(editor.extraSelections().isEmpty());
}

void FindBarTest::matchCaseAndWholeWords()
{
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("Bus bus busker"));
    FindBar bar(&editor);
    bar.setOptions(false, false, false);
    bar.setFindText(QStringLiteral("bus"));
    QCOMPARE(bar.status(), QStringLiteral("3 matches"));
    bar.setOptions(true, false, false);
    QCOMPARE(bar.status(), QStringLiteral("2 matches"));
    bar.setOptions(true, true, false);
    QCOMPARE(bar.status(), QStringLiteral("1 match"));
    QVERIFY(bar.findNext());
    QCOMPARE(editor.textCursor().selectionStart(), 4);
}

void FindBarTest::regex_replaceAll_withCapturesInOneUndoStep()
{
    MarkdownEditor editor;
    const QString text = QStringLiteral("Dates: 2011-11-15 and 2024-04-09.\nAgain 1999-01-02.");
    editor.setPlainText(text);
    FindBar bar(&editor);
    bar.setOptions(false, false, true);
    bar.setFindText(QStringLiteral("(\\d{4})-(\\d\\d)-(\\d\\d)"));
    bar.setReplaceText(QStringLiteral("\\3/\\2/\\1"));
    QCOMPARE(bar.replaceAll(), 3);
    QCOMPARE(editor.toPlainText(), QStringLiteral("Dates: 15/11/2011 and 09/04/2024.\nAgain 02/01/1999."));
    QCOMPARE(bar.status(), QStringLiteral("Replaced 3 matches"));
    editor.undo();
    QCOMPARE(editor.toPlainText(), text);
}

void FindBarTest::replaceCurrent_replacesThenMovesOn()
{
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("colour, colour, colour"));
    FindBar bar(&editor);
    bar.setFindText(QStringLiteral("colour"));
    bar.setReplaceText(QStringLiteral("color"));
    QVERIFY(bar.replaceCurrent());
    QCOMPARE(editor.toPlainText(), QStringLiteral("color, colour, colour"));
    QCOMPARE(editor.textCursor().selectionStart(), 7); // on the next one
}

void FindBarTest::invalidRegex_saysSoAndChangesNothing()
{
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("(unbalanced"));
    FindBar bar(&editor);
    bar.setOptions(false, false, true);
    bar.setFindText(QStringLiteral("(unbalanced"));
    QVERIFY(bar.status().startsWith(QLatin1String("Invalid expression")));
    QCOMPARE(bar.replaceAll(), 0);
    QCOMPARE(editor.toPlainText(), QStringLiteral("(unbalanced"));
}

void FindBarTest::emptyMatches_doNotLoopForever()
{
    MarkdownEditor editor;
    editor.setPlainText(QStringLiteral("ab\ncd"));
    FindBar bar(&editor);
    bar.setOptions(false, false, true);
    bar.setFindText(QStringLiteral("x*"));
    bar.setReplaceText(QStringLiteral("-"));
    QVERIFY(bar.replaceAll() > 0);
    QVERIFY(editor.toPlainText().contains(QLatin1Char('a')));
}

QTEST_MAIN(FindBarTest)
#include "findbar_test.moc"
