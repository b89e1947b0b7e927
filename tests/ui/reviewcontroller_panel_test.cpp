// The review panel, suggest mode's switch and comments in a real window, offscreen: the panel lists
// every change and thread and follows the text; clicking a row selects its mark; accept, reject,
// reply, resolve and accept-all-by-reviewer are each one undo step; Suggest Changes asks for a
// name once and shows that it is on; a comment lands on the selection and opens the panel.
#include "testdesk.h"
#include "testfiles.h"
#include "timebudget.h"

#include <i18n/translations.h>
#include <ui/common/settingsstore.h>
#include <ui/document/articlesession.h>
#include <ui/editor/markdowneditor.h>
#include <ui/review/reviewcontroller.h>
#include <ui/review/reviewpanel.h>
#include <ui/shell/mainwindow.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <review/reviewedits.h>

using namespace Byline::WidgetUi;
using Decision = Byline::Core::ReviewEdits::Decision;

namespace {

const QString reviewed = QStringLiteral(BYLINE_TEST_DATA "/review/reviewed-column.md");

QDockWidget *reviewDock(const TestWindow &desk)
{
    return desk.window.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
}

// The panel shown, with the review of the open article in it.
ReviewPanel *openPanel(TestWindow &desk)
{
    reviewDock(desk)->show();
    desk.session().renderer().renderNow();
    ReviewPanel *panel = desk.parts().review->panel();
    return panel;
}

QStringList rows(const ReviewPanel *panel)
{
    QStringList shown;
    const ReviewModel &model = panel->model();
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.index(row, 0).data().toString());
    return shown;
}

} // namespace

class ReviewPanelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void panel_listsChangesAndThreadsInTextOrder();
    void panel_resolvedAndOneReviewer();
    void clickingARow_selectsItsMarkInTheText();
    void panelDecisions_areEachOneUndoStep();
    void replyAndResolve_signWithYourName();
    void acceptAllByOneReviewer();
    void suggestChanges_asksForANameOnce_andShowsItIsOn();
    void addComment_onTheSelection_opensThePanel();
    void twoThousandItems_showQuickly();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_copy;
};

void ReviewPanelTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-review-panel-test"));
    Byline::Core::Translations::install(qApp);
}

void ReviewPanelTest::init()
{
    m_copy = m_dir.filePath(QStringLiteral("column.md"));
    QFile::remove(m_copy);
    QVERIFY(QFile::copy(reviewed, m_copy));
    QFile::setPermissions(m_copy, QFile::ReadOwner | QFile::WriteOwner);
}

void ReviewPanelTest::panel_listsChangesAndThreadsInTextOrder()
{
    TestWindow desk;
    desk.window.show();
    QVERIFY(desk.open(m_copy));
    ReviewPanel *panel = openPanel(desk);
    QTRY_VERIFY(panel->isVisible());
    const QStringList shown = rows(panel);
    QCOMPARE(shown.value(0), QStringLiteral("Maya Okafor: Replaced “much-hyped” with “the much-hyped”"));
    QCOMPARE(shown.value(1), QStringLiteral("Maya Okafor: Added “the”"));
    QCOMPARE(shown.value(2), QStringLiteral("Ed Brooks: Deleted “very”"));
    QCOMPARE(shown.value(3), QStringLiteral("Ed Brooks: Comment on “VMware vSphere”: which version?"));
    QVERIFY(shown.value(4).startsWith(QStringLiteral("Ed Brooks: Added “When x86 virtualization began")));
    QCOMPARE(shown.value(5), QStringLiteral("Ed Brooks: Deleted “sits at the centre”"));
    QCOMPARE(shown.size(), 6); // the resolved thread is hidden
    // Maya's reply sits under Ed's question; Ed's reason under his deletion.
    const QModelIndex question = panel->model().index(3, 0);
    QCOMPARE(panel->model().rowCount(question), 1);
    QCOMPARE(panel->model().index(0, 0, question).data().toString(),
             QStringLiteral("Maya Okafor: vSphere 5, named below."));
    QCOMPARE(panel->model().index(0, 0, panel->model().index(2, 0)).data().toString(),
             QStringLiteral("Ed Brooks: intensifier adds nothing"));
}

void ReviewPanelTest::panel_resolvedAndOneReviewer()
{
    TestWindow desk;
    desk.window.show();
    QVERIFY(desk.open(m_copy));
    ReviewPanel *panel = openPanel(desk);
    auto *resolved = panel->findChild<QCheckBox *>(QStringLiteral("panelShowResolved"));
    resolved->setChecked(true);
    QCOMPARE(rows(panel).size(), 7);
    QVERIFY(rows(panel).last().contains(QStringLiteral("check the governance page")));
    auto *reviewers = panel->findChild<QComboBox *>(QStringLiteral("panelReviewers"));
    QCOMPARE(reviewers->count(), 3); // everyone, Maya, Ed
    reviewers->setCurrentText(QStringLiteral("Maya Okafor"));
    // Maya's changes, and the threads she took part in.
    for (const QString &row : rows(panel))
        QVERIFY2(row.startsWith(QStringLiteral("Maya")) || row.contains(QStringLiteral("VMware")), qPrintable(row));
    QCOMPARE(rows(panel).size(), 4);
}

void ReviewPanelTest::clickingARow_selectsItsMarkInTheText()
{
    TestWindow desk;
    desk.window.show();
    QVERIFY(desk.open(m_copy));
    ReviewPanel *panel = openPanel(desk);
    QTreeView *list = panel->view();
    QTRY_VERIFY(list->isVisible());
    const QModelIndex row = panel->model().index(2, 0);
    list->scrollTo(row);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
    QCOMPARE(desk.parts().editor->textCursor().selectedText(), QStringLiteral("{--very --}"));
    // Moving the cursor in the text moves the panel's row with it.
    QTextCursor cursor = desk.parts().editor->textCursor();
    cursor.setPosition(int(desk.session().text().indexOf(QStringLiteral("{==VMware"))) + 3);
    desk.parts().editor->setTextCursor(cursor);
    QCOMPARE(list->currentIndex().row(), 3);
}

void ReviewPanelTest::panelDecisions_areEachOneUndoStep()
{
    TestWindow desk;
    desk.window.show();
    QVERIFY(desk.open(m_copy));
    const QString before = desk.session().text();
    ReviewPanel *panel = openPanel(desk);
    panel->view()->setCurrentIndex(panel->model().index(2, 0));
    panel->findChild<QToolButton *>(QStringLiteral("panelReject"))->click();
    QVERIFY(desk.session().text().contains(QStringLiteral("having very similar")));
    QTRY_COMPARE(rows(panel).size(), 5);
    panel->view()->setCurrentIndex(panel->model().index(0, 0));
    panel->findChild<QToolButton *>(QStringLiteral("panelAccept"))->click();
    QVERIFY(desk.session().text().contains(QStringLiteral("about the much-hyped arrival")));
    desk.parts().editor->undo();
    desk.parts().editor->undo();
    QCOMPARE(desk.session().text(), before);
    // A thread has no Accept; Delete takes its comments and leaves the text.
    QTRY_COMPARE(rows(panel).size(), 6);
    panel->view()->setCurrentIndex(panel->model().index(3, 0));
    QVERIFY(!panel->findChild<QToolButton *>(QStringLiteral("panelAccept"))->isEnabled());
    panel->findChild<QToolButton *>(QStringLiteral("panelReject"))->click();
    QVERIFY(!desk.session().text().contains(QStringLiteral("which version?")));
    QVERIFY(desk.session().text().contains(QStringLiteral("challenger to VMware vSphere.")));
}

void ReviewPanelTest::replyAndResolve_signWithYourName()
{
    TestWindow desk;
    desk.services.settings().update([](Settings &s) { s.authorName = QStringLiteral("Jason Brooks"); });
    desk.window.show();
    QVERIFY(desk.open(m_copy));
    ReviewPanel *panel = openPanel(desk);
    panel->view()->setCurrentIndex(panel->model().index(3, 0));
    desk.prompts.answerText(QStringLiteral("Yes, 5.0."));
    panel->findChild<QToolButton *>(QStringLiteral("panelReply"))->click();
    QVERIFY(desk.session().text().contains(QStringLiteral("vSphere 5, named below.<<}{>>@Jason Brooks ")));
    QVERIFY(desk.session().text().contains(QStringLiteral(": Yes, 5.0.<<}")));
    QTRY_COMPARE(panel->model().rowCount(panel->model().index(3, 0)), 2);
    panel->view()->setCurrentIndex(panel->model().index(3, 0));
    auto *resolve = panel->findChild<QToolButton *>(QStringLiteral("panelResolve"));
    QCOMPARE(resolve->text(), QStringLiteral("Resolve"));
    resolve->click();
    QVERIFY(desk.session().text().contains(QStringLiteral("Z resolved<<}.")));
    QTRY_COMPARE(rows(panel).size(), 5); // resolved threads are hidden
}

void ReviewPanelTest::acceptAllByOneReviewer()
{
    TestWindow desk;
    QVERIFY(desk.open(m_copy));
    desk.parts().review->decideAll(Decision::Accept, QStringLiteral("ed brooks"));
    const QString text = desk.session().text();
    QVERIFY(!text.contains(QStringLiteral("{--very")));
    QVERIFY(text.contains(QStringLiteral("When x86 virtualization")) && !text.contains(QStringLiteral("{++When")));
    QVERIFY(text.contains(QStringLiteral("{~~much-hyped~>the much-hyped~~}"))); // Maya's stay
    QVERIFY(text.contains(QStringLiteral("{++the ++}")));
}

void ReviewPanelTest::suggestChanges_asksForANameOnce_andShowsItIsOn()
{
    TestWindow desk;
    desk.services.settings().update([](Settings &s) { s.authorName.clear(); });
    desk.window.show();
    QVERIFY(desk.open(m_copy));
    QAction *suggest = desk.parts().review->suggestAction();
    QCOMPARE(suggest->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    desk.prompts.answerText(std::nullopt); // no name: it stays off
    suggest->trigger();
    QVERIFY(!suggest->isChecked());
    QVERIFY(!desk.session().isSuggesting());
    desk.prompts.answerText(QStringLiteral("Ed Brooks"));
    suggest->trigger();
    QVERIFY(suggest->isChecked());
    QVERIFY(desk.session().isSuggesting());
    QLabel *indicator = desk.parts().review->suggestingIndicator();
    QVERIFY(indicator->isVisible());
    QCOMPARE(indicator->text(), QStringLiteral("Suggesting as Ed Brooks"));
    QCOMPARE(desk.services.settings().settings().authorName, QStringLiteral("Ed Brooks"));
    // Typed words are Ed's addition.
    MarkdownEditor *editor = desk.parts().editor;
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(desk.session().text().indexOf(QStringLiteral("Walmart"))));
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("new "));
    QVERIFY(desk.session().text().contains(QStringLiteral("on {++new ++}{>>@Ed Brooks ")));
    suggest->trigger(); // off, without asking again
    QVERIFY(!indicator->isVisible());
    QVERIFY(desk.prompts.allAnswered());
}

void ReviewPanelTest::addComment_onTheSelection_opensThePanel()
{
    TestWindow desk;
    desk.services.settings().update([](Settings &s) { s.authorName = QStringLiteral("Ed Brooks"); });
    desk.window.show();
    QVERIFY(desk.open(m_copy));
    MarkdownEditor *editor = desk.parts().editor;
    const QString text = desk.session().text();
    const int at = int(text.indexOf(QStringLiteral("Walmart")));
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(at);
    cursor.setPosition(at + 7, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    desk.prompts.answerText(QStringLiteral("Which year?"));
    QVERIFY(desk.parts().review->addComment());
    QVERIFY(desk.session().text().contains(QStringLiteral("{==Walmart==}{>>@Ed Brooks ")));
    QVERIFY(desk.session().text().contains(QStringLiteral(": Which year?<<}")));
    QTRY_VERIFY(reviewDock(desk)->isVisible());
    editor->undo();
    QCOMPARE(desk.session().text(), text);
}

void ReviewPanelTest::twoThousandItems_showQuickly()
{
    // 2,000 marks over a long article: the panel takes the review in well under a frame budget
    // (the list lays out only the rows on screen).
    QString text = QStringLiteral("# Long\n\n");
    for (int i = 0; i < 2000; ++i) {
        text += QStringLiteral("Paragraph %1 has words and {++more words++}{>>@Reviewer%2 2026-11-20T10:04Z<<} and "
                               "ends here.\n\n")
                    .arg(i)
                    .arg(i % 3);
    }
    const QString path = m_dir.filePath(QStringLiteral("long.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    TestWindow desk;
    desk.window.show();
    QVERIFY(desk.open(path));
    ReviewPanel *panel = desk.parts().review->panel();
    reviewDock(desk)->show();
    QTRY_VERIFY(panel->isVisible());
    const Byline::Core::Review review = Byline::Core::Review::read(text);
    QElapsedTimer timer;
    timer.start();
    panel->showReview(text, review);
    panel->view()->scrollToBottom();
    QCoreApplication::processEvents();
    const qint64 elapsed = timer.elapsed();
    qInfo("2,000 items shown in %lld ms", elapsed);
    QCOMPARE(panel->model().rowCount(), 2000);
    QVERIFY2(elapsed < TimeBudget::ms(100), qPrintable(QString::number(elapsed)));
}

QTEST_MAIN(ReviewPanelTest)
#include "reviewcontroller_panel_test.moc"
