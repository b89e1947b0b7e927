#pragma once

#include "../safety/atomicfile.h"
#include "history.h"
#include "revisionpolicy.h"

#include <QCoreApplication>

#include <memory>

class QSqlError;

namespace Byline::Core {

class HistoryArticles;
class RevisionBlobs;
class RevisionDatabase;

// Byline's own history of articles, on this computer: one SQLite file in Byline's data folder
// (never in the library), texts stored once by their hash and compressed, most as small deltas.
// Every manual save keeps a revision, autosaves at most one every few minutes, and the policy
// prunes the rest (RevisionPolicy; README, "History").
//
// Keeping a revision never fails a save: keep() returns what happened and never throws; a full
// disk, or a damaged store (put aside, a new one started), is for the caller to report once.
//
// A RevisionStore and its connection belong to the thread that created it: a worker opens its
// own. Several stores (the window, `byline`) may share the file; SQLite serialises their writes.
class RevisionStore final : public HistorySource
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::RevisionStore)

public:
    struct KeepRequest
    {
        QString path; // the article's file
        QString text; // its full text, front matter and all, as saved
        Revision::Reason reason = Revision::Reason::Save;
        QString author;
        QString name; // Named: the revision's name
        QDateTime time; // invalid: now
        int words = -1; // -1: counted here, as the library counts them
    };
    struct KeepResult
    {
        enum class Status {
            Kept, // a new revision, or (Named, text unchanged) the newest one named
            Unchanged, // the text is the newest revision's: nothing kept
            Coalesced, // an autosave too soon after the newest revision: nothing kept
            Failed, // nothing kept; the article's own save is not affected
        };
        Status status = Status::Failed;
        QString revisionId; // Kept: the revision; Unchanged: the newest one
        WriteFailure failure = WriteFailure::None; // Failed: why, as for any write
        QString reason; // Failed: "the disk is full"
        QString message; // Failed: a sentence for the window, naming the article and what to do
        // Failed: true the first time this failure is seen (until a keep succeeds again), so the
        // user is told once, not at every autosave.
        bool report = false;
        // Set once when a damaged store was put aside and a new one started.
        QString notice;
    };

    // The store in `folder` (created when first written), pruned by `policy`.
    explicit RevisionStore(const QString &folder = defaultFolder(),
                           const RevisionPolicy &policy = RevisionPolicy::fromSettings());
    ~RevisionStore() override;
    RevisionStore(const RevisionStore &) = delete;
    RevisionStore &operator=(const RevisionStore &) = delete;

    // `history` in Byline's data folder.
    [[nodiscard]] static QString defaultFolder();
    [[nodiscard]] static QString fileName() { return QStringLiteral("history.sqlite"); }
    // Who revisions are by when the caller does not say: Preferences ▸ Your name (shared with the
    // window), else the account's full name, else its login name.
    [[nodiscard]] static QString defaultAuthor();

    // What the user can do when revisions cannot be kept: "free some space on that disk" …
    [[nodiscard]] static QString whatToDo(WriteFailure failure);

    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] const RevisionPolicy &policy() const { return m_policy; }
    void setPolicy(const RevisionPolicy &policy) { m_policy = policy; }

    [[nodiscard]] KeepResult keep(const KeepRequest &request);
    // Names (or, with an empty name, un-names) a revision of the article at `filePath`. A named
    // revision is never pruned.
    bool nameRevision(const QString &filePath, const QString &revisionId, const QString &name, QString *error);
    // The file or folder `oldPath` is now `newPath` (a rename or move Byline made): its history
    // follows it. False, with `error`, only when the store could not be written.
    bool moved(const QString &oldPath, const QString &newPath, QString *error = nullptr);

    // HistorySource. A path with no history of its own takes that of a file moved there outside
    // Byline (HistoryArticles::adopt), found by the file's text.
    [[nodiscard]] QList<Revision> revisions(const QString &filePath) const override;
    [[nodiscard]] std::optional<QString> text(const QString &filePath, const QString &revisionId,
                                              QString *error) const override;
    [[nodiscard]] Revision::Source kind() const override { return Revision::Source::Local; }
    [[nodiscard]] QString name() const override;

    // Why the last revisions() found nothing when the store could not be read; empty otherwise.
    [[nodiscard]] QString errorString() const { return m_error; }
    // What happened to a damaged store, for the user, once; empty when nothing did.
    [[nodiscard]] QString takeNotice();

private:
    enum class Access { Read, Write };
    // Opens the store at first use; for reading, also read-only on a full or read-only disk.
    bool ensureOpen(Access access, QString *error) const;
    // The article at `path` for reading: the history of a file moved there adopted (by the file's
    // text), in a transaction of its own.
    std::optional<qint64> lookUp(const QString &path, QSqlError *error) const;
    // After a failed query: the store put aside when the failure shows it damaged.
    bool handleDamage(const QSqlError &error) const;
    KeepResult failure(const QString &path, WriteFailure failure, const QString &detail);

    QString m_folder;
    RevisionPolicy m_policy;
    // The connection opens at first use, so a store that is never used costs nothing; reading
    // opens it as much as writing does.
    mutable std::unique_ptr<RevisionDatabase> m_database;
    mutable std::unique_ptr<HistoryArticles> m_articles;
    mutable std::unique_ptr<RevisionBlobs> m_blobs;
    mutable QString m_error;
};

} // namespace Byline::Core
