#include "comparedesk.h"
#include "scriptedprompts.h"

#include <i18n/translations.h>
#include <ui/compare/compareheader.h>
#include <ui/compare/revisionversions.h>
#include <ui/document/documentcontroller.h>
#include <ui/document/revisionrecorder.h>

#include <QAbstractItemModel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeView>

#include <history/revisionstore.h>

using namespace Byline;
using namespace Byline::WidgetUi;

// The article's revisions in the compare window: kept at each save, offered under Compare With,
// compared with the current text (and restorable from there), and two of them with each other.
class RevisionVersionsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fileMenu_offersTheRevisionCommands();
    void compareWithRevision_showsWhatChangedSinceIt();
    void versions_areOfferedInTheWindow();
    void compareTwoRevisions_comparesThemWithNothingToRestore();
    void noRevisions_saysSoAndAsksNothing();

private:
    // Opens the column, then saves it twice with words added in between: two revisions.
    bool twoRevisions(CompareDesk &desk);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void RevisionVersionsTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-revisionversions-test"));
    Core::Translations::install(qApp);
}

void RevisionVersionsTest::init()
{
    QDir(Core::RevisionStore::defaultFolder()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
}

bool RevisionVersionsTest::twoRevisions(CompareDesk &desk)
{
    if (!desk.desk.open(desk.column))
        return false;
    RevisionRecorder &recorder = desk.desk.parts().document->revisions();
    QSignalSpy kept(&recorder, &RevisionRecorder::kept);
    for (const QString &words : {QStringLiteral("\nA first addition."), QStringLiteral("\nA second addition.")}) {
        typeAtEnd(desk.desk.session(), words);
        if (!saveAndWait(desk.desk.session()) || !kept.wait(10000))
            return false;
        kept.clear();
    }
    return true;
}

void RevisionVersionsTest::fileMenu_offersTheRevisionCommands()
{
    CompareDesk desk(*m_dir);
    const QStringList file = actionTexts(menuNamed(desk.desk.window.menuBar(), QStringLiteral("File")));
    QVERIFY2(file.contains(QStringLiteral("Compare With Revision…")), qPrintable(file.join(u'|')));
    QVERIFY(file.contains(QStringLiteral("Compare Two Revisions…")));
    QVERIFY(file.contains(QStringLiteral("Save Revision…")));
}

void RevisionVersionsTest::compareWithRevision_showsWhatChangedSinceIt()
{
    CompareDesk desk(*m_dir);
    QVERIFY(twoRevisions(desk));
    typeAtEnd(desk.desk.session(), QStringLiteral(" Unsaved words."));
    // The older revision: the list is newest first.
    QTRY_VERIFY(!desk.desk.parts().revisions->fileActions().isEmpty());
    std::optional<QString> older;
    desk.desk.parts().document->revisions().list(desk.column,
                                                 [&older](const QList<Core::Revision> &revisions, const QString &) {
                                                     older = RevisionVersions::label(revisions.at(1));
                                                 });
    QTRY_VERIFY(older.has_value());
    desk.desk.prompts.answerText(*older);
    desk.desk.parts().revisions->fileActions().constFirst()->trigger();
    QTRY_VERIFY(desk.window() && desk.window()->result() && !desk.window()->isComparing());
    QCOMPARE(desk.window()->otherSide().label, *older);
    // Since the first revision: the second addition and the unsaved words.
    QVERIFY(desk.window()->changesList()->model()->rowCount() >= 1);
    const QAbstractItemModel *model = desk.window()->changesList()->model();
    QString changes;
    for (int column = 0; column < model->columnCount(); ++column)
        changes += model->index(0, column).data().toString() + u' ';
    QVERIFY2(changes.contains(QStringLiteral("second")), qPrintable(changes));
}

void RevisionVersionsTest::versions_areOfferedInTheWindow()
{
    CompareDesk desk(*m_dir);
    QVERIFY(twoRevisions(desk));
    QVERIFY(desk.compareFiledWithColumn());
    QTRY_VERIFY(desk.window()->header()->versionsMenu()->actions().size() >= 3);
    QStringList labels;
    for (const QAction *action : desk.window()->header()->versionsMenu()->actions())
        labels.append(action->text());
    QVERIFY2(labels.first().startsWith(QStringLiteral("Revision ")), qPrintable(labels.join(u'|')));
}

void RevisionVersionsTest::compareTwoRevisions_comparesThemWithNothingToRestore()
{
    CompareDesk desk(*m_dir);
    QVERIFY(twoRevisions(desk));
    QList<Core::Revision> revisions;
    bool listed = false;
    desk.desk.parts().document->revisions().list(desk.column, [&](const QList<Core::Revision> &all, const QString &) {
        revisions = all;
        listed = true;
    });
    QTRY_VERIFY(listed);
    QCOMPARE(revisions.size(), 2);
    desk.desk.prompts.answerText(RevisionVersions::label(revisions.at(1)));
    desk.desk.prompts.answerText(RevisionVersions::label(revisions.at(0)));
    desk.desk.parts().revisions->fileActions().at(1)->trigger();
    QTRY_VERIFY(desk.window() && desk.window()->result() && !desk.window()->isComparing());
    QCOMPARE(desk.window()->changesList()->model()->rowCount(), 1);
    QVERIFY(!desk.window()->actions().restoreChange->isEnabled());
}

void RevisionVersionsTest::noRevisions_saysSoAndAsksNothing()
{
    CompareDesk desk(*m_dir);
    QVERIFY(desk.desk.open(desk.column));
    desk.desk.parts().revisions->fileActions().constFirst()->trigger();
    QVERIFY(desk.desk.prompts.asked().isEmpty());
    QVERIFY(!desk.window());
}

QTEST_MAIN(RevisionVersionsTest)
#include "revisionversions_test.moc"
