#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Byline::Core {

// Unsaved text kept outside the article, so a crash, a power cut or `kill -9` loses at most the
// last few seconds of typing. Each running window session journals into a folder of its own,
// held by a lock file; a folder whose lock is stale belongs to a session that died, and its
// entries are what the next start offers to restore. Every write is atomic (AtomicFile): an entry
// is the old text or the new, never half of either.
class RecoveryJournal final
{
public:
    struct Entry
    {
        QString id; // stable per document: derived from the path, or given for an untitled one
        QString path; // the article's file; empty for an untitled document
        QString text;
        QDateTime written;
        QString file; // where the entry is stored
    };

    // Starts a session under `root` (created if needed). isValid() is false when the folder
    // cannot be written; errorString() says why.
    explicit RecoveryJournal(const QString &root);
    ~RecoveryJournal();
    Q_DISABLE_COPY_MOVE(RecoveryJournal)

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString sessionFolder() const { return m_folder; }

    [[nodiscard]] static QString idForPath(const QString &path);

    // Thread-safe for different ids; callers serialise writes of one id.
    bool write(const QString &id, const QString &path, const QString &text, QString *error = nullptr) const;
    void remove(const QString &id) const;

    // Entries left by sessions that are no longer running, newest first.
    [[nodiscard]] static QList<Entry> orphanedEntries(const QString &root);
    [[nodiscard]] static Entry read(const QString &file, bool *ok);
    // Forgets an orphaned entry (restored or discarded), and its session folder once empty.
    static void discard(const Entry &entry);

private:
    static void removeDeadEmptySessions(const QString &root);
    [[nodiscard]] QString fileFor(const QString &id) const;

    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    bool m_valid = false;
    QString m_error;
};

} // namespace Byline::Core
