#include "faultplan.h"
#include "ui/spelldesk.h"
#include "ui/testfiles.h"

#include <safety/recoveryjournal.h>
#include <spell/personaldictionary.h>

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Byline;
using namespace Byline::WidgetUi;

// The two small files Byline keeps for the user, under each fault of AtomicFile's plan: the
// personal dictionary (Add to Dictionary in the window) keeps its words byte for byte and the user
// is told which file and what to do; the recovery journal keeps its last entry whole, and the
// failure names the entry.
class FaultPlanDictionaryJournalTest final
    : public QObject
    , private TestSpellService
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void addToDictionary_data() { addFaultRows(); }
    void addToDictionary();
    void recoveryJournal_data() { addFaultRows(); }
    void recoveryJournal();

private:
    QTemporaryDir m_home;
};

void FaultPlanDictionaryJournalTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-faultplan-dictionary-journal-test"));
    setUpDictionaries();
}

void FaultPlanDictionaryJournalTest::cleanup()
{
    clearFaults();
}

void FaultPlanDictionaryJournalTest::addToDictionary()
{
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    QFETCH(QString, reason);
    const QString folder = m_service->folders().personal;
    const QString path = Core::PersonalDictionary::pathFor(folder, QStringLiteral("en_US"));
    QDir(folder).removeRecursively();
    SpellDesk desk(*m_service);
    desk.editor.setPlainText(QStringLiteral("The kubelet talks to the qemu monitor.\n"));
    QVERIFY(checked(desk));
    QVERIFY(desk.spelling.addToDictionary(QStringLiteral("kubelet")));
    const QByteArray before = readAll(path);
    QCOMPARE(before, QByteArray("kubelet\n"));

    injectFault(stage, error, QStringLiteral("en_US.txt"));
    QSignalSpy problem(&desk.spelling, &SpellController::problem);
    QVERIFY(!desk.spelling.addToDictionary(QStringLiteral("qemu")));
    QCOMPARE(problem.size(), 1);
    const QString message = problem.constFirst().constFirst().toString();
    QVERIFY2(message.contains(path) && message.contains(reason) && message.contains(QLatin1String("add it again")),
             qPrintable(message));
    if (stage == FaultStage::Vanish) {
        QVERIFY(!QFileInfo::exists(folder));
    } else {
        QCOMPARE(readAll(path), before);
        QCOMPARE(filesIn(folder), QStringList {QStringLiteral("en_US.txt")});
    }

    clearFaults(); // once the disk is fixed, the same word goes in
    QVERIFY(desk.spelling.addToDictionary(QStringLiteral("qemu")));
    QVERIFY(readAll(path).contains("qemu\n"));
}

void FaultPlanDictionaryJournalTest::recoveryJournal()
{
    QFETCH(FaultStage, stage);
    QFETCH(int, error);
    QFETCH(QString, reason);
    const QTemporaryDir root;
    const Core::RecoveryJournal journal(root.path());
    QVERIFY(journal.isValid());
    const QString article = QStringLiteral("/articles/column.md");
    const QString id = Core::RecoveryJournal::idForPath(article);
    QVERIFY(journal.write(id, article, QStringLiteral("Typed before the fault.")));
    const QString entry = QDir(journal.sessionFolder()).filePath(id + QLatin1String(".journal"));
    const QByteArray before = readAll(entry);
    const QStringList files = filesIn(journal.sessionFolder());

    injectFault(stage, error, QStringLiteral(".journal"));
    QString problem;
    QVERIFY(!journal.write(id, article, QStringLiteral("Typed after the fault."), &problem));
    QVERIFY2(problem.contains(entry) && problem.contains(reason), qPrintable(problem));
    if (stage == FaultStage::Vanish) {
        QVERIFY(!QFileInfo::exists(journal.sessionFolder()));
        return;
    }
    QCOMPARE(readAll(entry), before);
    QCOMPARE(filesIn(journal.sessionFolder()), files); // the entry and the session's lock, nothing more
    bool ok = false;
    QCOMPARE(Core::RecoveryJournal::read(entry, &ok).text, QStringLiteral("Typed before the fault."));
    QVERIFY(ok);
}

QTEST_MAIN(FaultPlanDictionaryJournalTest)

#include "faultplan_dictionary_journal_test.moc"
