#pragma once

#include "../safety/atomicfile.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QVariantList>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

// The log of the revision store, shared by its classes.
Q_DECLARE_LOGGING_CATEGORY(lcHistory)

namespace Byline::Core {

// The SQLite file of the local revision store, through Qt Sql: its connection, its schema, and
// what happens when it is damaged. Unlike the search index it is not derived data, so a damaged or
// foreign file is never deleted: it is put aside beside the new one, named
// `history.sqlite.damaged-<time>`, and the user is told once.
//
// A RevisionDatabase and its connection belong to the thread that created it.
class RevisionDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::RevisionStore)
    Q_DISABLE_COPY_MOVE(RevisionDatabase)

public:
    static constexpr int schemaVersion = 1;
    // "BYLH" in the file's header: tells Byline's revision store from any other SQLite file.
    static constexpr int applicationId = 0x42594c48;

    explicit RevisionDatabase(QString path);
    ~RevisionDatabase();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isOpen() const { return m_open; }
    // Open only to read: openForReading() found the disk full or read-only.
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] QSqlDatabase connection() const;

    // Opens the file, creating it (and its folder) when missing, or putting it aside and starting
    // anew when it is damaged or not Byline's. False with `error` when nothing can be opened.
    bool open(QString *error);
    // open(), or where the disk is full or read-only (SQLite then cannot make the shared-memory
    // index its log needs, even to read), the file as it is, read-only: the history can still be
    // listed and restored from. open() later tries to write again.
    bool openForReading(QString *error);
    // Why the last open() or startAnew() failed, as AtomicFile names a failed write.
    [[nodiscard]] WriteFailure openFailure() const { return m_openFailure; }
    void close();
    // Puts the file aside and opens a new one; for damage found while it was in use.
    bool startAnew(const QString &reason, QString *error);
    // What happened to a damaged store, for the user, once; empty when nothing did.
    QString takeNotice();

    // Prepares `sql` (forward only), binds `values` in order and runs it.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    // A transaction that takes the write lock at once, so two programs keeping revisions of the
    // same store wait for each other instead of failing.
    bool begin(QSqlError *error);
    bool commit(QSqlError *error);
    void rollback();

    [[nodiscard]] static bool isDamage(const QSqlError &error);
    // Why a write failed, in the words AtomicFile uses for the same failures.
    [[nodiscard]] WriteFailure failureOf(const QSqlError &error) const;

private:
    enum class Schema {
        Ready, // Byline's store of this version, created if the file was empty
        Unusable, // damaged, foreign or of another version: to be put aside
        Unwritable, // the disk refused to create it
    };
    bool openConnection(bool readOnly, QString *error);
    Schema prepareSchema(QString *reason);
    Schema createSchema(QString *reason);
    bool putAside(const QString &reason, QString *error);
    // `reason` in words for the user, remembered as openFailure().
    QString failedTo(WriteFailure failure, const QString &detail);

    QString m_path;
    QString m_connection;
    bool m_open = false;
    bool m_readOnly = false;
    WriteFailure m_openFailure = WriteFailure::None;
    QString m_notice;
};

} // namespace Byline::Core
