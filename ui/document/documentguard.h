#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

class QTextDocument;

namespace Byline::Core {
class RecoveryJournal;
}

namespace Byline::WidgetUi {

// Keeps one open document from being lost or silently overwritten:
// - journals unsaved text (at most a couple of seconds behind, written off the UI thread) into
//   the recovery journal, and forgets it once the text is saved or back to what was saved;
// - asks for an autosave every so often and when the application loses focus;
// - watches the file: a change on disk that is not our own save, a deletion, a reappearance.
// Reading and hashing the file happen off the UI thread, so a 5 MB manuscript costs the window
// nothing when it is saved or changed elsewhere.
class DocumentGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentGuard)

public:
    // `text` gives the document's text as it is to be journalled.
    DocumentGuard(QTextDocument *document, std::function<QString()> text,
                  std::shared_ptr<Core::RecoveryJournal> journal, QObject *parent = nullptr);
    ~DocumentGuard() override;

    // The document now shown: its file (empty when untitled) and the bytes on disk it matches.
    void setDocument(const QString &path, const QString &journalId);
    // What is on disk is what we loaded or just saved (LoadedArticle::bytes, SaveResult::written):
    // changes to it are ours.
    void setDiskContents(const QByteArray &bytes);
    // The file was renamed or moved with its contents unchanged: the same text, under a new name.
    void moveTo(const QString &path, const QString &journalId);
    void setAutosaveInterval(int seconds); // 0 turns autosave off
    [[nodiscard]] int autosaveInterval() const { return m_autosaveSeconds; }

    [[nodiscard]] bool isDeleted() const { return m_deleted; }
    [[nodiscard]] bool hasExternalChange() const { return m_externalChange; }
    // The user chose: keep the text in the editor (and overwrite on the next save).
    void keepMine();
    // Writes the journal entry now, on the calling thread; for tests and for closing.
    void journalNow();
    void waitForJournal();
    // Compares the file with what we last read or wrote, off the UI thread; checked() says when it
    // is done. The watcher asks for it on every change.
    void checkDisk();
    [[nodiscard]] QString journalId() const { return m_journalId; }
    // Why the last journal entry could not be written ("FILE: the disk is full"); empty once one is.
    [[nodiscard]] QString journalError() const { return m_journalError; }

Q_SIGNALS:
    void autosaveDue();
    void changedOnDisk();
    void deletedOnDisk();
    void reappearedOnDisk();
    void checked();
    // The unsaved text could not be journalled; said once until an entry is written again.
    void journalFailed(const QString &error);

private:
    struct DiskState
    {
        QString path;
        bool exists = false;
        QByteArray hash;
    };
    [[nodiscard]] static DiskState readDisk(const QString &path);
    void takeDiskState();
    void textChanged();
    void writeJournal();
    void takeJournalResult(const QString &error);
    void watchPath();

    QTextDocument *m_document;
    std::function<QString()> m_text;
    std::shared_ptr<Core::RecoveryJournal> m_journal;
    QThreadPool m_writer; // one thread: journal writes of a document stay in order
    QFileSystemWatcher m_watcher;
    QTimer m_journalTimer;
    QTimer m_autosave;
    QTimer m_diskCheck; // coalesces watcher bursts (editors write in several steps)
    QString m_path;
    QString m_journalId;
    // Of what we last read or wrote, computed off the UI thread.
    QFuture<QByteArray> m_diskHash = QtFuture::makeReadyFuture(QByteArray());
    QFutureWatcher<DiskState> m_diskState;
    bool m_diskExists = false;
    bool m_deleted = false;
    bool m_externalChange = false;
    bool m_journalled = false;
    QString m_journalError;
    int m_autosaveSeconds = 30;
};

} // namespace Byline::WidgetUi
