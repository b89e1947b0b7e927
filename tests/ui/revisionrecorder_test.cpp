#include "testarticle.h"
#include "testdesk.h"
#include "testfiles.h"

#include <ui/common/messagebar.h>
#include <ui/common/notices.h>
#include <ui/document/documentcontroller.h>
#include <ui/document/revisionrecorder.h>

#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <history/revisionstore.h>

using namespace Byline;
using namespace Byline::WidgetUi;
using Status = Core::RevisionStore::KeepResult::Status;

namespace {

struct Desk
{
    ArticleSession session {testJournal()};
    MessageBar bar;
    QStatusBar statusBar;
    Notices notices {&bar, &statusBar};
    ScriptedPrompts prompts;
    DocumentController controller {session, prompts, notices};
};

QList<Core::Revision> listed(RevisionRecorder &recorder, const QString &path)
{
    std::optional<QList<Core::Revision>> result;
    recorder.list(path, [&result](const QList<Core::Revision> &revisions, const QString &) { result = revisions; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return {};
    return *result;
}

QString textOf(RevisionRecorder &recorder, const QString &path, const Core::Revision &revision)
{
    std::optional<QString> result;
    bool answered = false;
    recorder.read(path, revision, [&](const std::optional<QString> &text, const QString &) {
        result = text;
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 10000))
        return {};
    return result.value_or(QString());
}

// The status of the next revision the recorder keeps (or tries to).
Status nextKept(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(10000))
        return Status::Failed;
    return spy.takeFirst().at(1).value<Core::RevisionStore::KeepResult>().status;
}

} // namespace

// The window keeps a revision at every save, coalesces autosaves, names one on Save Revision…,
// follows a move, and says once when revisions cannot be kept while the save itself goes on.
class RevisionRecorderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saves_keepRevisionsNewestFirst();
    void autosave_soonAfterASave_isCoalesced();
    void saveRevision_keepsANamedOne();
    void moved_takesTheHistoryAlong();
    void storeThatCannotBeWritten_isSaidOnceAndTheSaveGoesOn();
};

void RevisionRecorderTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-revisionrecorder-test"));
    QDir(Core::RevisionStore::defaultFolder()).removeRecursively();
}

void RevisionRecorderTest::saves_keepRevisionsNewestFirst()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("column.md")), original);
    Desk desk;
    RevisionRecorder &recorder = desk.controller.revisions();
    QSignalSpy kept(&recorder, &RevisionRecorder::kept);
    QVERIFY(openAndWait(desk.session, path));
    typeAtEnd(desk.session, QStringLiteral(" First addition."));
    QVERIFY(saveAndWait(desk.session));
    QCOMPARE(nextKept(kept), Status::Kept);
    const QByteArray first = readAll(path);
    typeAtEnd(desk.session, QStringLiteral(" Second addition."));
    QVERIFY(saveAndWait(desk.session));
    QCOMPARE(nextKept(kept), Status::Kept);

    const QList<Core::Revision> revisions = listed(recorder, path);
    QCOMPARE(revisions.size(), 2);
    QVERIFY(revisions.at(0).time >= revisions.at(1).time);
    QCOMPARE(revisions.at(0).reason, Core::Revision::Reason::Save);
    QVERIFY(revisions.at(0).words > revisions.at(1).words);
    QCOMPARE(textOf(recorder, path, revisions.at(1)).toUtf8(), first);
    QCOMPARE(textOf(recorder, path, revisions.at(0)).toUtf8(), readAll(path));
}

void RevisionRecorderTest::autosave_soonAfterASave_isCoalesced()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("autosaved.md")), original);
    Desk desk;
    QSignalSpy kept(&desk.controller.revisions(), &RevisionRecorder::kept);
    QVERIFY(openAndWait(desk.session, path));
    typeAtEnd(desk.session, QStringLiteral(" Saved by hand."));
    QVERIFY(saveAndWait(desk.session));
    QCOMPARE(nextKept(kept), Status::Kept);
    typeAtEnd(desk.session, QStringLiteral(" Autosaved."));
    QSignalSpy saved(&desk.session, &ArticleSession::saved);
    desk.session.autosave();
    QVERIFY(saved.wait(10000));
    QCOMPARE(nextKept(kept), Status::Coalesced);
    QCOMPARE(listed(desk.controller.revisions(), path).size(), 1);
}

void RevisionRecorderTest::saveRevision_keepsANamedOne()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("named.md")), original);
    Desk desk;
    QSignalSpy kept(&desk.controller.revisions(), &RevisionRecorder::kept);
    QVERIFY(openAndWait(desk.session, path));
    typeAtEnd(desk.session, QStringLiteral(" Ready for the desk."));
    desk.prompts.answerText(QStringLiteral("Filed to desk"));
    desk.controller.saveNamedRevision(); // saves first: the text had changes
    QTRY_VERIFY_WITH_TIMEOUT(kept.size() >= 2, 10000);
    QVERIFY(readAll(path).endsWith("Ready for the desk."));
    const QList<Core::Revision> revisions = listed(desk.controller.revisions(), path);
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions.first().name, QStringLiteral("Filed to desk"));

    // Cancelled: nothing kept.
    desk.prompts.answerText(std::nullopt);
    desk.controller.saveNamedRevision();
    QCOMPARE(listed(desk.controller.revisions(), path).size(), 1);
}

void RevisionRecorderTest::moved_takesTheHistoryAlong()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("before.md")), original);
    Desk desk;
    QSignalSpy kept(&desk.controller.revisions(), &RevisionRecorder::kept);
    QVERIFY(openAndWait(desk.session, path));
    typeAtEnd(desk.session, QStringLiteral(" Edited."));
    QVERIFY(saveAndWait(desk.session));
    QCOMPARE(nextKept(kept), Status::Kept);
    const QString renamed = dir.filePath(QStringLiteral("after.md"));
    QVERIFY(QFile::rename(path, renamed));
    desk.controller.revisions().moved(path, renamed);
    QCOMPARE(listed(desk.controller.revisions(), renamed).size(), 1);
    QVERIFY(listed(desk.controller.revisions(), path).isEmpty());
}

void RevisionRecorderTest::storeThatCannotBeWritten_isSaidOnceAndTheSaveGoesOn()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("column.md")), original);
    // The store's folder is a file: nothing can be created in it.
    const QString blocked = writeFile(dir.filePath(QStringLiteral("history")), "not a folder");
    ArticleSession session(testJournal());
    RevisionRecorder recorder(session, blocked);
    QSignalSpy kept(&recorder, &RevisionRecorder::kept);
    QSignalSpy problem(&recorder, &RevisionRecorder::problem);
    QVERIFY(openAndWait(session, path));
    for (const char *words : {" One.", " Two."}) {
        typeAtEnd(session, QString::fromLatin1(words));
        QVERIFY(saveAndWait(session));
        QCOMPARE(nextKept(kept), Status::Failed);
        QVERIFY(readAll(path).endsWith(words));
    }
    QCOMPARE(problem.size(), 1);
    QVERIFY2(problem.first().first().toString().contains(u"column.md"), qPrintable(problem.first().first().toString()));
}

QTEST_MAIN(RevisionRecorderTest)
#include "revisionrecorder_test.moc"
