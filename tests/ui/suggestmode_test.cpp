// Suggest mode in a real editor, offscreen: keys, paste, formatting, list continuation and find and
// replace become suggestions signed by the writer; a typed run is one undo step; another reviewer's
// suggestion is split, never rewritten; what cannot be suggested is refused and nothing changes.
#include "testdesk.h"
#include "testfiles.h"

#include <ui/document/articlesession.h>
#include <ui/editor/findbar.h>
#include <ui/editor/markdowneditor.h>

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QPaintEvent>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <review/reviewedits.h>

using namespace Byline::WidgetUi;
using View = Byline::Core::ReviewEdits::View;

namespace {

const QString you = QStringLiteral("Ed Brooks");

// The text with every time written as T, so it can be compared.
QString timeless(const QString &text)
{
    static const QRegularExpression time(QStringLiteral("(@[^<]*?) \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?Z"));
    QString masked = text;
    return masked.replace(time, QStringLiteral("\\1 T"));
}

struct Desk
{
    explicit Desk(const QString &text)
    {
        session.replace(0, 0, text, EditOrigin::Recovery);
        session.document()->clearUndoRedoStacks();
        session.setSuggesting(true, you);
        editor.resize(600, 400);
        editor.show();
        editor.setFocus();
    }

    void placeCursor(int position, int anchor = -1)
    {
        QTextCursor cursor(session.document());
        cursor.setPosition(anchor < 0 ? position : anchor);
        cursor.setPosition(position, QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);
    }
    // The cursor at the first occurrence of `marker` (removed from nothing: it is found, not typed).
    void placeAt(const QString &before, int offset = 0)
    {
        const int at = int(session.text().indexOf(before));
        QVERIFY2(at >= 0, qPrintable(before));
        placeCursor(at + offset);
    }
    [[nodiscard]] QString text() const { return timeless(session.text()); }
    [[nodiscard]] QString finalText() const { return Byline::Core::ReviewEdits::rawView(session.text(), View::Final); }
    [[nodiscard]] QString originalText() const
    {
        return Byline::Core::ReviewEdits::rawView(session.text(), View::Original);
    }
    [[nodiscard]] int cursor() const { return editor.textCursor().position(); }

    ArticleSession session {nullptr};
    MarkdownEditor editor {session};
};

} // namespace

class SuggestModeTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typing_isOneAdditionAndOneUndoStep();
    void typing_atTheEdgesOfYourAddition_goesInside();
    void typing_atTheEdgesOfAnotherReviewersAddition_isAnAdditionOfYourOwn();
    void typing_insideAnotherReviewersAddition_splitsIt();
    void backspace_insideYourAddition_removesCharacters();
    void backspace_overText_makesOneGrowingDeletion();
    void backspace_acrossAMarksBoundary_stepsOverDeletedText();
    void delete_movesTheCursorPastWhatItDeletes();
    void typingOverASelection_isASubstitution();
    void deletingAWholeParagraph_keepsItAsADeletion();
    void deletingASelectionSpanningSeveralMarks();
    void deletingInsideAnotherReviewersSuggestion_isRefused();
    void enter_andListContinuation_areAdditions();
    void paste_isAnAddition();
    void pastingRichText_isAnAdditionOfItsText();
    void bold_addsItsMarkersAsAdditions();
    void replaceAll_suggestsEachReplacement();
    void spellingLikeReplacement_replacesTheWholeWord();
    void cut_keepsTheTextAsADeletion();
    void off_editsArePlainAgain();
    void typingInAMark_repaintsItsLineNotThePage();
    void aLineGrowingInAMark_movesWhatFollowsOnScreen();

private:
    QTemporaryDir m_home;
};

void SuggestModeTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-suggest-test"));
}

void SuggestModeTest::typing_isOneAdditionAndOneUndoStep()
{
    Desk desk(QStringLiteral("The old house.\n"));
    desk.placeAt(QStringLiteral("old"));
    QTest::keyClicks(&desk.editor, QStringLiteral("cold "));
    QCOMPARE(desk.text(), QStringLiteral("The {++cold ++}{>>@Ed Brooks T<<}old house.\n"));
    QCOMPARE(desk.cursor(), int(desk.session.text().indexOf(QStringLiteral("++}"))));
    QCOMPARE(desk.finalText(), QStringLiteral("The cold old house.\n"));
    desk.editor.undo();
    QCOMPARE(desk.session.text(), QStringLiteral("The old house.\n"));
}

void SuggestModeTest::typing_atTheEdgesOfYourAddition_goesInside()
{
    Desk desk(QStringLiteral("A {++big++}{>>@Ed Brooks 2026-11-20T10:04Z<<} dog.\n"));
    desk.placeAt(QStringLiteral("{++big"));
    QTest::keyClicks(&desk.editor, QStringLiteral("very "));
    QCOMPARE(desk.text(), QStringLiteral("A {++very big++}{>>@Ed Brooks T<<} dog.\n"));
    desk.placeAt(QStringLiteral(" dog"));
    QTest::keyClicks(&desk.editor, QStringLiteral(" brown"));
    QCOMPARE(desk.text(), QStringLiteral("A {++very big brown++}{>>@Ed Brooks T<<} dog.\n"));
}

void SuggestModeTest::typing_atTheEdgesOfAnotherReviewersAddition_isAnAdditionOfYourOwn()
{
    Desk desk(QStringLiteral("A {++big++}{>>@Maya Okafor 2026-11-20T10:04Z<<} dog.\n"));
    desk.placeAt(QStringLiteral(" dog"));
    QTest::keyClicks(&desk.editor, QStringLiteral(" red"));
    QCOMPARE(desk.text(), QStringLiteral("A {++big++}{>>@Maya Okafor T<<}{++ red++}{>>@Ed Brooks T<<} dog.\n"));
    QCOMPARE(desk.finalText(), QStringLiteral("A big red dog.\n"));
}

void SuggestModeTest::typing_insideAnotherReviewersAddition_splitsIt()
{
    Desk desk(QStringLiteral("A {++bigdog++}{>>@Maya Okafor 2026-11-20T10:04Z<<}.\n"));
    desk.placeAt(QStringLiteral("dog"));
    QTest::keyClicks(&desk.editor, QStringLiteral(" red "));
    QCOMPARE(desk.text(),
             QStringLiteral("A {++big++}{>>@Maya Okafor T<<}{++ red ++}{>>@Ed Brooks T<<}{++dog++}{>>@Maya "
                            "Okafor T<<}.\n"));
    QCOMPARE(desk.finalText(), QStringLiteral("A big red dog.\n"));
    QCOMPARE(desk.originalText(), QStringLiteral("A .\n"));
}

void SuggestModeTest::backspace_insideYourAddition_removesCharacters()
{
    Desk desk(QStringLiteral("The house.\n"));
    desk.placeAt(QStringLiteral("house"));
    QTest::keyClicks(&desk.editor, QStringLiteral("olx"));
    QTest::keyClick(&desk.editor, Qt::Key_Backspace);
    QTest::keyClicks(&desk.editor, QStringLiteral("d "));
    QCOMPARE(desk.text(), QStringLiteral("The {++old ++}{>>@Ed Brooks T<<}house.\n"));
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(&desk.editor, Qt::Key_Backspace);
    QCOMPARE(desk.session.text(), QStringLiteral("The house.\n")); // the addition went with its last letter
}

void SuggestModeTest::backspace_overText_makesOneGrowingDeletion()
{
    Desk desk(QStringLiteral("A very old house.\n"));
    desk.placeAt(QStringLiteral(" old"));
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(&desk.editor, Qt::Key_Backspace);
    QCOMPARE(desk.text(), QStringLiteral("A{-- very--}{>>@Ed Brooks T<<} old house.\n"));
    QCOMPARE(desk.cursor(), 1);
    QCOMPARE(desk.originalText(), QStringLiteral("A very old house.\n"));
    desk.editor.undo();
    QCOMPARE(desk.session.text(), QStringLiteral("A very old house.\n"));
}

void SuggestModeTest::backspace_acrossAMarksBoundary_stepsOverDeletedText()
{
    Desk desk(QStringLiteral("One {--two--}{>>@Maya Okafor 2026-11-20T10:04Z<<} three.\n"));
    desk.placeAt(QStringLiteral(" three"));
    QTest::keyClick(&desk.editor, Qt::Key_Backspace); // over Maya's deletion: nothing to delete again
    QCOMPARE(desk.cursor(), 4);
    QTest::keyClick(&desk.editor, Qt::Key_Backspace);
    QCOMPARE(desk.text(), QStringLiteral("One{-- --}{>>@Ed Brooks T<<}{--two--}{>>@Maya Okafor T<<} three.\n"));
    QCOMPARE(desk.originalText(), QStringLiteral("One two three.\n"));
}

void SuggestModeTest::delete_movesTheCursorPastWhatItDeletes()
{
    Desk desk(QStringLiteral("A very old house.\n"));
    desk.placeAt(QStringLiteral("very"));
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(&desk.editor, Qt::Key_Delete);
    QCOMPARE(desk.text(), QStringLiteral("A {--very --}{>>@Ed Brooks T<<}old house.\n"));
    QCOMPARE(desk.cursor(), int(desk.session.text().indexOf(QStringLiteral("old"))));
    desk.editor.undo();
    QCOMPARE(desk.session.text(), QStringLiteral("A very old house.\n"));
}

void SuggestModeTest::typingOverASelection_isASubstitution()
{
    Desk desk(QStringLiteral("A big dog.\n"));
    const int at = int(desk.session.text().indexOf(QStringLiteral("big")));
    desk.placeCursor(at + 3, at);
    QTest::keyClicks(&desk.editor, QStringLiteral("huge"));
    QCOMPARE(desk.text(), QStringLiteral("A {~~big~>huge~~}{>>@Ed Brooks T<<} dog.\n"));
    QCOMPARE(desk.finalText(), QStringLiteral("A huge dog.\n"));
    QCOMPARE(desk.originalText(), QStringLiteral("A big dog.\n"));
}

void SuggestModeTest::deletingAWholeParagraph_keepsItAsADeletion()
{
    const QString text = QStringLiteral("First.\n\nSecond paragraph, gone.\n\nThird.\n");
    Desk desk(text);
    const int start = int(text.indexOf(QStringLiteral("Second")));
    const int end = int(text.indexOf(QStringLiteral("Third")));
    desk.placeCursor(end, start);
    QTest::keyClick(&desk.editor, Qt::Key_Delete);
    QCOMPARE(desk.text(), QStringLiteral("First.\n\n{--Second paragraph, gone.\n\n--}{>>@Ed Brooks T<<}Third.\n"));
    QCOMPARE(desk.originalText(), text);
    QCOMPARE(desk.finalText(), QStringLiteral("First.\n\nThird.\n"));
}

void SuggestModeTest::deletingASelectionSpanningSeveralMarks()
{
    const QString text
        = QStringLiteral("One {++two++}{>>@Ed Brooks 2026-11-20T10:04Z<<} three {--four--}{>>@Maya Okafor "
                         "2026-11-20T10:05Z<<} five six.\n");
    Desk desk(text);
    const int start = int(text.indexOf(QStringLiteral("two")));
    const int end = int(text.indexOf(QStringLiteral(" six")));
    desk.placeCursor(end, start);
    QTest::keyClick(&desk.editor, Qt::Key_Backspace);
    // Ed's own addition goes; the plain words become Ed's deletions; Maya's deletion stays hers.
    QCOMPARE(desk.originalText(), Byline::Core::ReviewEdits::rawView(text, View::Original));
    QCOMPARE(desk.finalText(), QStringLiteral("One  six.\n"));
    QVERIFY(desk.session.text().contains(QStringLiteral("{--four--}{>>@Maya Okafor 2026-11-20T10:05Z<<}")));
    QVERIFY(!desk.session.text().contains(QStringLiteral("{++two")));
}

void SuggestModeTest::deletingInsideAnotherReviewersSuggestion_isRefused()
{
    const QString text = QStringLiteral("A {++big++}{>>@Maya Okafor 2026-11-20T10:04Z<<} dog.\n");
    Desk desk(text);
    QSignalSpy refused(&desk.session, &ArticleSession::suggestionRefused);
    desk.placeAt(QStringLiteral("ig++"));
    QTest::keyClick(&desk.editor, Qt::Key_Backspace);
    QCOMPARE(desk.session.text(), text);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.front().front().toString().contains(QStringLiteral("Maya Okafor's suggestion")));
}

void SuggestModeTest::enter_andListContinuation_areAdditions()
{
    Desk desk(QStringLiteral("- apples\n"));
    desk.placeAt(QStringLiteral("\n"));
    QTest::keyClick(&desk.editor, Qt::Key_Return);
    QTest::keyClicks(&desk.editor, QStringLiteral("pears"));
    QCOMPARE(desk.finalText(), QStringLiteral("- apples\n- pears\n"));
    QCOMPARE(desk.originalText(), QStringLiteral("- apples\n"));
    QCOMPARE(desk.text(), QStringLiteral("- apples{++\n- pears++}{>>@Ed Brooks T<<}\n"));
}

void SuggestModeTest::paste_isAnAddition()
{
    Desk desk(QStringLiteral("Start end.\n"));
    QApplication::clipboard()->setText(QStringLiteral("middle\r\nline "));
    desk.placeAt(QStringLiteral("end"));
    QTest::keyClick(&desk.editor, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(desk.text(), QStringLiteral("Start {++middle\nline ++}{>>@Ed Brooks T<<}end.\n"));
}

void SuggestModeTest::pastingRichText_isAnAdditionOfItsText()
{
    Desk desk(QStringLiteral("Start end.\n"));
    auto *rich = new QMimeData;
    rich->setHtml(QStringLiteral("<p><b>bold</b> words </p>"));
    QApplication::clipboard()->setMimeData(rich);
    desk.placeAt(QStringLiteral("end"));
    desk.editor.paste();
    QCOMPARE(desk.text(), QStringLiteral("Start {++bold words ++}{>>@Ed Brooks T<<}end.\n"));
}

void SuggestModeTest::bold_addsItsMarkersAsAdditions()
{
    Desk desk(QStringLiteral("A loud word.\n"));
    const int at = int(desk.session.text().indexOf(QStringLiteral("loud")));
    desk.placeCursor(at + 4, at);
    desk.editor.commands().toggleStrong();
    QCOMPARE(desk.text(), QStringLiteral("A {++**++}{>>@Ed Brooks T<<}loud{++**++}{>>@Ed Brooks T<<} word.\n"));
    QCOMPARE(desk.editor.textCursor().selectedText(), QStringLiteral("loud"));
    desk.editor.undo();
    QCOMPARE(desk.session.text(), QStringLiteral("A loud word.\n"));
}

void SuggestModeTest::replaceAll_suggestsEachReplacement()
{
    Desk desk(QStringLiteral("The cat saw a cat. A {--cat--}{>>@Maya Okafor 2026-11-20T10:04Z<<} left.\n"));
    FindBar bar(&desk.editor);
    bar.setFindText(QStringLiteral("cat"));
    bar.setReplaceText(QStringLiteral("dog"));
    QCOMPARE(bar.replaceAll(), 3);
    QCOMPARE(desk.finalText(), QStringLiteral("The dog saw a dog. A dog left.\n"));
    QCOMPARE(desk.originalText(), QStringLiteral("The cat saw a cat. A cat left.\n"));
    desk.editor.undo();
    QVERIFY(!desk.session.text().contains(QStringLiteral("dog")));
}

void SuggestModeTest::spellingLikeReplacement_replacesTheWholeWord()
{
    Desk desk(QStringLiteral("See teh house.\n"));
    const int at = int(desk.session.text().indexOf(QStringLiteral("teh")));
    QVERIFY(desk.session.replace(at, at + 3, QStringLiteral("the"), EditOrigin::Spelling));
    QCOMPARE(desk.text(), QStringLiteral("See {~~teh~>the~~}{>>@Ed Brooks T<<} house.\n"));
    QVERIFY(desk.session.apply({{0, 0, QStringLiteral("## ")}}, EditOrigin::Formatting));
    QVERIFY(desk.text().startsWith(QStringLiteral("{++## ++}{>>@Ed Brooks T<<}See")));
}

void SuggestModeTest::cut_keepsTheTextAsADeletion()
{
    Desk desk(QStringLiteral("Keep this safe.\n"));
    const int at = int(desk.session.text().indexOf(QStringLiteral("this ")));
    desk.placeCursor(at + 5, at);
    QTest::keyClick(&desk.editor, Qt::Key_X, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("this "));
    QCOMPARE(desk.text(), QStringLiteral("Keep {--this --}{>>@Ed Brooks T<<}safe.\n"));
}

void SuggestModeTest::off_editsArePlainAgain()
{
    Desk desk(QStringLiteral("Plain.\n"));
    desk.session.setSuggesting(false);
    desk.placeAt(QStringLiteral("."));
    QTest::keyClicks(&desk.editor, QStringLiteral(" text"));
    QCOMPARE(desk.session.text(), QStringLiteral("Plain text.\n"));
}

namespace {

// Counts the area the editor paints.
class PaintedArea final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const QRect rect = static_cast<QPaintEvent *>(event)->rect();
            area += qint64(rect.width()) * rect.height();
        }
        return QObject::eventFilter(watched, event);
    }
    qint64 area = 0;
};

// What the screen shows of the editor's window: the pixels painted so far, not a fresh paint.
QImage onScreen(const MarkdownEditor &editor)
{
    return editor.screen()->grabWindow(editor.window()->winId()).toImage();
}

const QString paragraphs = QStringLiteral("First paragraph, short.\n\nSecond paragraph, where the typing goes.\n\n"
                                          "Third paragraph stays below.\n\nFourth paragraph.\n");

} // namespace

void SuggestModeTest::typingInAMark_repaintsItsLineNotThePage()
{
    // The addition grows with each key, so its line's formats change every time; that must not
    // repaint the whole page, or typing in suggest mode costs far more than typing.
    Desk desk(paragraphs);
    QVERIFY(QTest::qWaitForWindowExposed(&desk.editor));
    desk.placeAt(QStringLiteral(" where"));
    QTest::keyClicks(&desk.editor, QStringLiteral("x"));
    QCoreApplication::processEvents();
    PaintedArea painted;
    desk.editor.viewport()->installEventFilter(&painted);
    const QString typed = QStringLiteral("abcdefghij");
    for (const QChar c : typed) {
        QTest::keyClick(&desk.editor, c.toLatin1());
        QCoreApplication::processEvents();
    }
    const qint64 page = qint64(desk.editor.viewport()->width()) * desk.editor.viewport()->height();
    QVERIFY2(painted.area < page * typed.size() / 3, qPrintable(QString::number(double(painted.area) / double(page))));
    QVERIFY(desk.text().contains(QStringLiteral("{++xabcdefghij++}")));
}

void SuggestModeTest::aLineGrowingInAMark_movesWhatFollowsOnScreen()
{
    // Typing until the paragraph takes another line: what follows moves down on screen, exactly
    // as an editor opened on the final text shows it.
    Desk desk(paragraphs);
    desk.editor.setCursorWidth(0); // no blinking cursor in the picture
    QVERIFY(QTest::qWaitForWindowExposed(&desk.editor));
    desk.placeAt(QStringLiteral(" where"));
    for (int i = 0; i < 12; ++i) {
        QTest::keyClicks(&desk.editor, QStringLiteral(" more words"));
        QCoreApplication::processEvents();
    }
    QTest::qWait(50);
    const QImage typed = onScreen(desk.editor);
    QVERIFY(!typed.isNull());

    ArticleSession session {nullptr};
    session.replace(0, 0, desk.session.text(), EditOrigin::Recovery);
    MarkdownEditor fresh(session);
    fresh.setCursorWidth(0);
    fresh.resize(desk.editor.size());
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QTest::qWait(50);
    QCOMPARE(typed, onScreen(fresh));
}

QTEST_MAIN(SuggestModeTest)
#include "suggestmode_test.moc"
