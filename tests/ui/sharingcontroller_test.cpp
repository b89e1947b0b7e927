// The window over a shared library: its status line and the sync state of each article, Sync
// with a real bare repository as the remote, the open article following what a sync brought
// (read again when it has no unsaved text, merged into it as suggestions when it has), and a
// conflict turned into suggestions in the review panel.
#include "../sharing/gitremotes.h"
#include "testdesk.h"
#include "testfiles.h"

#include <i18n/translations.h>
#include <ui/common/messagebar.h>
#include <ui/common/settingsstore.h>
#include <ui/editor/markdowneditor.h>
#include <ui/library/librarycontroller.h>
#include <ui/library/librarymodel.h>
#include <ui/library/librarypanel.h>
#include <ui/library/libraryservice.h>
#include <ui/sharing/sharingcontroller.h>

#include <QAbstractItemModel>
#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <review/review.h>
#include <sharing/librarysync.h>

using namespace Byline::WidgetUi;
using Byline::Core::LibrarySync;
using Byline::Core::SharingIdentity;
using Byline::Core::SyncReport;

namespace {

const SharingIdentity ed {QStringLiteral("Ed Brooks"), QStringLiteral("ed@courier.example")};
const QString bus = QStringLiteral("the-last-bus-home.md");
const QString lede = QStringLiteral("it is the most honest room in the city.");

void replaceIn(const QString &path, const QString &from, const QString &to)
{
    QString text = QString::fromUtf8(readAll(path));
    QCOMPARE(text.count(from), 1);
    write(path, text.replace(from, to).toUtf8());
}

} // namespace

class SharingControllerTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_remote;
    QString m_maya;
    QString m_ed;
    int m_round = 0;

    // Maya's window on her library, shared, with the sample columns; Ed's clone beside it.
    void openShared(TestWindow &desk)
    {
        desk.services.settings().update([](Settings &s) { s.authorName = QStringLiteral("Maya Okafor"); });
        desk.parts().libraryController->openFolder(m_maya);
        QTRY_VERIFY(desk.parts().sharing->isShared());
        QTRY_VERIFY(desk.parts().sharing->statusText().contains(QStringLiteral("Up to date")));
        QTRY_VERIFY(!desk.session().path().isEmpty()); // the library opens beside its first article
    }

    SyncReport syncThere(const QString &path, const QString &from, const QString &to)
    {
        replaceIn(QDir(m_ed).filePath(path), from, to);
        return LibrarySync::sync(m_ed, ed);
    }

    SyncReport syncHere(TestWindow &desk)
    {
        SyncReport report;
        bool done = false;
        const auto connection
            = QObject::connect(desk.parts().sharing, &SharingController::syncFinished, [&](const SyncReport &finished) {
                  report = finished;
                  done = true;
              });
        desk.parts().sharing->syncAction()->trigger();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
        QObject::disconnect(connection);
        return report;
    }

    // What the library table's Sync column says of `path`, and the mark before its title.
    static QString syncColumn(TestWindow &desk, const QString &path)
    {
        const QAbstractItemModel *model = desk.parts().libraryPanel->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(LibraryModel::PathRole).toString() == path)
                return model->index(row, LibraryModel::Sync).data().toString() + QLatin1Char('|')
                    + model->index(row, LibraryModel::Title).data().toString();
        }
        return QStringLiteral("(not listed)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        useTestHome(m_home, QStringLiteral("byline-sharingcontroller-test"));
        // English with its plural forms ("1 change to send").
        Byline::Core::Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
    }

    void init()
    {
        const QString round = m_home.filePath(QStringLiteral("round%1").arg(++m_round));
        m_remote = GitRemotes::bareRepository(QDir(round).filePath(QStringLiteral("library.git")));
        m_maya = QDir(round).filePath(QStringLiteral("maya"));
        m_ed = QDir(round).filePath(QStringLiteral("ed"));
        QDir().mkpath(m_maya);
        for (const QString &name : QDir(QStringLiteral(BYLINE_SAMPLES_DIR)).entryList({QStringLiteral("*.md")}))
            QVERIFY(QFile::copy(QDir(QStringLiteral(BYLINE_SAMPLES_DIR)).filePath(name), QDir(m_maya).filePath(name)));
        QVERIFY(LibrarySync::share(m_maya, m_remote, {QStringLiteral("Maya Okafor"), {}}).ok());
        QVERIFY(LibrarySync::clone(m_remote, m_ed).ok());
    }

    void statusLineAndTable_sayWhatWaitsToGoAndToCome()
    {
        TestWindow desk;
        openShared(desk);
        QToolButton *status = desk.parts().sharing->statusButton();
        QVERIFY(!status->isHidden());
        QVERIFY(!desk.parts().libraryPanel->table()->isColumnHidden(LibraryModel::Sync));
        QVERIFY(status->text().contains(QStringLiteral("last synced")));

        // A change here, saved by another program; one there, fetched but not merged.
        const QString ovirt = QDir(m_maya).filePath(QStringLiteral("ovirt-at-last.md"));
        write(ovirt, readAll(ovirt) + "\nA late paragraph.\n");
        QVERIFY(syncThere(QStringLiteral("libraries-after-dark.md"), QStringLiteral("started opening"),
                          QStringLiteral("began opening"))
                    .ok());
        GitRemotes::git(m_maya, {QStringLiteral("fetch"), QStringLiteral("-q")});
        desk.parts().sharing->refreshStatus();
        QTRY_COMPARE(desk.parts().sharing->statusText().section(QStringLiteral(" · "), 0, 1),
                     QStringLiteral("1 change to send · 1 to receive"));
        QTRY_VERIFY(syncColumn(desk, QStringLiteral("ovirt-at-last.md")).startsWith(QStringLiteral("changed here|↑ ")));
        QVERIFY(
            syncColumn(desk, QStringLiteral("libraries-after-dark.md")).startsWith(QStringLiteral("changed there|↓ ")));
        QCOMPARE(syncColumn(desk, bus), QStringLiteral("|The Last Bus Home"));

        const SyncReport report = syncHere(desk);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QTRY_VERIFY(desk.parts().sharing->statusText().startsWith(QStringLiteral("Up to date · last synced")));
        QTRY_VERIFY(syncColumn(desk, QStringLiteral("ovirt-at-last.md")).startsWith(QLatin1Char('|')));
        // The index read the file the sync changed.
        QTRY_VERIFY(desk.parts().library->articles().size() == 4);
    }

    void theOpenArticle_withoutUnsavedText_isReadAgainWhereItStands()
    {
        TestWindow desk;
        openShared(desk);
        QVERIFY(desk.open(QDir(m_maya).filePath(bus)));
        QTextCursor cursor = desk.parts().editor->textCursor();
        cursor.setPosition(600);
        desk.parts().editor->setTextCursor(cursor);
        QVERIFY(syncThere(bus, QStringLiteral("has her shoes in her lap."), QStringLiteral("has her shoes on her lap."))
                    .ok());
        QVERIFY(syncHere(desk).ok());
        QTRY_VERIFY(desk.session().text().contains(QStringLiteral("shoes on her lap.")));
        QVERIFY(!desk.session().isModified());
        QCOMPARE(desk.parts().editor->textCursor().position(), 600);
    }

    void theOpenArticle_withUnsavedText_takesTheirChangesAsSuggestions()
    {
        TestWindow desk;
        openShared(desk);
        QVERIFY(desk.open(QDir(m_maya).filePath(bus)));
        typeAtEnd(desk.session(), QStringLiteral("\nA line not saved yet.\n"));
        QVERIFY(desk.session().isModified());
        QVERIFY(syncThere(bus, QStringLiteral("has her shoes in her lap."), QStringLiteral("has her shoes on her lap."))
                    .ok());
        QVERIFY(syncHere(desk).ok());
        const QString text = desk.session().text();
        QVERIFY(text.contains(QStringLiteral("A line not saved yet.")));
        const Byline::Core::Review review = Byline::Core::Review::read(text);
        QCOMPARE(review.items().size(), 1);
        QVERIFY(review.items().constFirst().isBy(ed.name));
        QVERIFY(desk.session().isModified());
        // On disk: Ed's change, merged; not the unsaved line.
        const QString onDisk = QString::fromUtf8(readAll(QDir(m_maya).filePath(bus)));
        QVERIFY(onDisk.contains(QStringLiteral("shoes on her lap.")));
        QVERIFY(!onDisk.contains(QStringLiteral("A line not saved yet.")));
        QTRY_VERIFY(desk.parts().messageBar->text().contains(QStringLiteral("while you were editing it")));
    }

    void theSameWordsChangedByBoth_becomeSuggestionsTheReviewPanelShows()
    {
        TestWindow desk;
        openShared(desk);
        QVERIFY(desk.open(QDir(m_maya).filePath(bus)));
        QVERIFY(syncThere(bus, lede, QStringLiteral("it is the most unguarded room in the city.")).ok());
        replaceIn(QDir(m_maya).filePath(bus), lede, QStringLiteral("it is the most candid room in the city."));
        const SyncReport report = syncHere(desk);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.suggestions, QStringList {bus});
        QTRY_VERIFY(desk.session().text().contains(QStringLiteral("{~~candid~>unguarded~~}")));
        QTRY_VERIFY(desk.parts().messageBar->text().contains(QStringLiteral("changed the same words")));
        QTRY_VERIFY(syncColumn(desk, bus).contains(QStringLiteral("suggestions to resolve")));
    }

    void anUnreachableRemote_saysOffline_andKeepsEverything()
    {
        TestWindow desk;
        openShared(desk);
        GitRemotes::git(m_maya,
                        {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                         QStringLiteral("git://127.0.0.1:%1/nowhere.git").arg(GitRemotes::freePort())});
        replaceIn(QDir(m_maya).filePath(bus), lede, QStringLiteral("it is the most honest room in town."));
        const SyncReport report = syncHere(desk);
        QVERIFY(!report.ok());
        QVERIFY(report.offline);
        QTRY_VERIFY(desk.parts().messageBar->text().contains(QStringLiteral("Offline")));
        QTRY_VERIFY(desk.parts().sharing->statusText().contains(QStringLiteral("the last sync failed")));
        QVERIFY(QString::fromUtf8(readAll(QDir(m_maya).filePath(bus))).contains(QStringLiteral("room in town.")));
    }

    void shareAndOpenShared_goThroughTheirDialogs()
    {
        // Share: a plain library folder becomes shared through the dialog.
        const QString plain = m_home.filePath(QStringLiteral("plain%1").arg(m_round));
        write(QDir(plain).filePath(QStringLiteral("column.md")), "---\ntitle: Column\n---\n\nText.\n");
        const QString remote = GitRemotes::bareRepository(m_home.filePath(QStringLiteral("plain%1.git").arg(m_round)));
        TestWindow desk;
        desk.parts().libraryController->openFolder(plain);
        QTRY_COMPARE(desk.parts().library->folder(), QDir(plain).absolutePath());
        QVERIFY(!desk.parts().sharing->isShared());
        desk.prompts.answerDialog([remote](QDialog &dialog) {
            if (dialog.objectName() != QLatin1String("shareLibraryDialog"))
                return false;
            dialog.findChild<QLineEdit *>()->setText(remote);
            return true;
        });
        bool done = false;
        connect(desk.parts().sharing, &SharingController::syncFinished, this, [&] { done = true; });
        desk.parts().sharing->shareLibrary();
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(desk.parts().sharing->isShared());
        QCOMPARE(
            GitRemotes::git(remote, {QStringLiteral("ls-tree"), QStringLiteral("--name-only"), QStringLiteral("main")}),
            QStringLiteral("column.md"));

        // Open Shared Library: cloned into a new folder, which opens as the library.
        const QString copy = m_home.filePath(QStringLiteral("copy%1").arg(m_round));
        desk.prompts.answerDialog([remote, copy](QDialog &dialog) {
            if (dialog.objectName() != QLatin1String("openSharedLibraryDialog"))
                return false;
            const QList<QLineEdit *> fields = dialog.findChildren<QLineEdit *>();
            fields.at(0)->setText(remote);
            fields.at(1)->setText(copy);
            return true;
        });
        desk.parts().sharing->openSharedLibrary();
        QTRY_COMPARE_WITH_TIMEOUT(desk.parts().library->folder(), QDir(copy).absolutePath(), 30000);
        QVERIFY(QFile::exists(QDir(copy).filePath(QStringLiteral("column.md"))));
        QTRY_VERIFY(desk.parts().sharing->isShared());
    }
};

QTEST_MAIN(SharingControllerTest)
#include "sharingcontroller_test.moc"
