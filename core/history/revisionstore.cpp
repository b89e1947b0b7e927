#include "revisionstore.h"

#include "../article/articlefile.h"
#include "historyarticles.h"
#include "revisionblobs.h"
#include "revisiondatabase.h"
#include "revisionkeeper.h"
#include "revisiontext.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace Byline::Core {

namespace {

// The stores whose failure the user has been told of, until one of their keeps succeeds again:
// a full disk is said once, not at every autosave, whichever RevisionStore meets it.
QMutex reportedMutex;
QSet<QString> reportedStores;

bool firstReport(const QString &store)
{
    const QMutexLocker lock(&reportedMutex);
    if (reportedStores.contains(store))
        return false;
    reportedStores.insert(store);
    return true;
}

void clearReport(const QString &store)
{
    const QMutexLocker lock(&reportedMutex);
    reportedStores.remove(store);
}

std::optional<qint64> revisionNumber(const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (!ok || number <= 0)
        return std::nullopt;
    return number;
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

RevisionStore::RevisionStore(const QString &folder, const RevisionPolicy &policy)
    : m_folder(QDir::cleanPath(QDir(folder).absolutePath()))
    , m_policy(policy)
{ }

RevisionStore::~RevisionStore() = default;

QString RevisionStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("history"));
}

QString RevisionStore::defaultAuthor()
{
    QString configured = QSettings().value(QStringLiteral("articles/author")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    if (const passwd *account = ::getpwuid(::getuid())) {
        // The "GECOS" field: the full name, then office and telephone after commas.
        QString full = QString::fromLocal8Bit(account->pw_gecos ? account->pw_gecos : "")
                           .section(QLatin1Char(','), 0, 0)
                           .trimmed();
        if (!full.isEmpty())
            return full;
        if (account->pw_name)
            return QString::fromLocal8Bit(account->pw_name);
    }
    return qEnvironmentVariable("USER");
}

QString RevisionStore::whatToDo(WriteFailure failure)
{
    return failure == WriteFailure::DiskFull ? tr("free some space on that disk")
                                             : tr("check that the folder can be written");
}

QString RevisionStore::databasePath() const
{
    return QDir(m_folder).filePath(fileName());
}

QString RevisionStore::name() const
{
    return tr("this computer");
}

QString RevisionStore::takeNotice()
{
    return m_database ? m_database->takeNotice() : QString();
}

bool RevisionStore::ensureOpen(Access access, QString *error) const
{
    if (!m_database) {
        m_database = std::make_unique<RevisionDatabase>(databasePath());
        m_articles = std::make_unique<HistoryArticles>(*m_database);
        m_blobs = std::make_unique<RevisionBlobs>(*m_database);
    }
    return access == Access::Read ? m_database->openForReading(error) : m_database->open(error);
}

bool RevisionStore::handleDamage(const QSqlError &error) const
{
    if (!RevisionDatabase::isDamage(error) || m_database->isReadOnly()) // a read-only disk keeps it as it is
        return false;
    m_database->rollback();
    QString ignored; // a store that cannot start anew fails the next open, which says why
    m_database->startAnew(tr("it is damaged (%1)").arg(error.text()), &ignored);
    return true;
}

RevisionStore::KeepResult RevisionStore::failure(const QString &path, WriteFailure failure, const QString &detail)
{
    KeepResult result;
    result.status = KeepResult::Status::Failed;
    result.failure = failure == WriteFailure::None ? WriteFailure::Other : failure;
    result.reason = AtomicFile::describe(result.failure, detail);
    result.message = tr("Revisions of %1 could not be kept in %2: %3. The article itself was saved; %4, and Byline "
                        "keeps its revisions again from the next save.")
                         .arg(QFileInfo(path).fileName(), m_folder, result.reason, whatToDo(result.failure));
    result.report = firstReport(databasePath());
    return result;
}

RevisionStore::KeepResult RevisionStore::keep(const KeepRequest &request)
{
    QString error;
    if (!ensureOpen(Access::Write, &error))
        return failure(request.path, m_database->openFailure(), error);
    RevisionKeeper::Outcome outcome = RevisionKeeper(*m_database, *m_articles, *m_blobs, m_policy).keep(request);
    // Damage found on the way puts the store aside; the revision goes into the new one.
    if (handleDamage(outcome.error)) {
        if (!ensureOpen(Access::Write, &error))
            return failure(request.path, m_database->openFailure(), error);
        outcome = RevisionKeeper(*m_database, *m_articles, *m_blobs, m_policy).keep(request);
    }
    KeepResult result;
    if (outcome.status == KeepResult::Status::Failed) {
        result = RevisionDatabase::isDamage(outcome.error)
            ? failure(request.path, WriteFailure::Other, tr("the store is damaged"))
            : failure(request.path, m_database->failureOf(outcome.error), outcome.error.text());
    } else {
        result.status = outcome.status;
        result.revisionId = outcome.id > 0 ? QString::number(outcome.id) : QString();
        clearReport(databasePath());
    }
    result.notice = takeNotice();
    return result;
}

std::optional<qint64> RevisionStore::lookUp(const QString &path, QSqlError *error) const
{
    if (const std::optional<qint64> found = m_articles->find(path, error))
        return found;
    if (error->isValid() || !QFileInfo(path).isFile())
        return std::nullopt;
    const LoadedArticle loaded = ArticleFile::load(path);
    if (!loaded.ok)
        return std::nullopt;
    // Adopting the history of a moved file writes; a store that cannot be written finds none.
    QSqlError unwritable;
    if (!m_database->begin(&unwritable))
        return std::nullopt;
    RevisionText facts(loaded.text, path);
    const std::optional<qint64> article
        = m_articles->locate(path, RevisionBlobs::hashOf(loaded.text.toUtf8()), facts, error);
    if (error->isValid() || !m_database->commit(error)) {
        m_database->rollback();
        return std::nullopt;
    }
    return article;
}

QList<Revision> RevisionStore::revisions(const QString &filePath) const
{
    m_error.clear();
    QString opening;
    if (!ensureOpen(Access::Read, &opening)) {
        m_error = tr("the revisions in %1 could not be read: %2; %3")
                      .arg(databasePath(), opening, whatToDo(m_database->openFailure()));
        return {};
    }
    QSqlError error;
    const std::optional<qint64> article = lookUp(HistoryArticles::normalizedPath(filePath), &error);
    QList<Revision> list;
    if (article) {
        QSqlQuery query(m_database->connection());
        if (RevisionDatabase::run(query,
                                  QStringLiteral("SELECT id, time, author, words, name, reason FROM revisions "
                                                 "WHERE article = ? ORDER BY time DESC, id DESC"),
                                  {*article})) {
            while (query.next()) {
                Revision revision;
                revision.id = query.value(0).toString();
                revision.time = utcFromMs(query.value(1).toLongLong());
                revision.author = query.value(2).toString();
                revision.words = query.value(3).toInt();
                revision.name = query.value(4).toString();
                revision.reason = Revision::Reason(query.value(5).toInt());
                revision.source = Revision::Source::Local;
                list.append(revision);
            }
        }
        if (query.lastError().isValid())
            error = query.lastError();
    }
    if (error.isValid()) {
        m_error = handleDamage(error) ? tr("the store was damaged") : error.text();
        return {};
    }
    return list;
}

std::optional<QString> RevisionStore::text(const QString &filePath, const QString &revisionId, QString *error) const
{
    const QString shown = QFileInfo(filePath).fileName();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const std::optional<qint64> number = revisionNumber(revisionId);
    QString opening;
    if (!number)
        return fail(tr("%1 has no revision %2").arg(shown, revisionId));
    if (!ensureOpen(Access::Read, &opening))
        return fail(tr("The revisions of %1 could not be read: %2").arg(shown, opening));
    QSqlError failure;
    const std::optional<qint64> article = lookUp(HistoryArticles::normalizedPath(filePath), &failure);
    QSqlQuery query(m_database->connection());
    if (article
        && !RevisionDatabase::run(query, QStringLiteral("SELECT blob FROM revisions WHERE id = ? AND article = ?"),
                                  {*number, *article}))
        failure = query.lastError();
    if (failure.isValid()) {
        handleDamage(failure);
        return fail(tr("The revisions of %1 could not be read: %2").arg(shown, failure.text()));
    }
    if (!article || !query.next())
        return fail(tr("%1 has no revision %2").arg(shown, revisionId));
    const qint64 blob = query.value(0).toLongLong();
    query.finish();
    bool damaged = false;
    const std::optional<QByteArray> bytes = m_blobs->read(blob, &failure, &damaged);
    if (!bytes) {
        return fail(damaged ? tr("Revision %1 of %2 is damaged and cannot be read").arg(revisionId, shown)
                            : tr("The revisions of %1 could not be read: %2").arg(shown, failure.text()));
    }
    return QString::fromUtf8(*bytes);
}

bool RevisionStore::nameRevision(const QString &filePath, const QString &revisionId, const QString &name,
                                 QString *error)
{
    const QString shown = QFileInfo(filePath).fileName();
    const std::optional<qint64> number = revisionNumber(revisionId);
    QString opening;
    if (!number) {
        *error = tr("%1 has no revision %2").arg(shown, revisionId);
        return false;
    }
    if (!ensureOpen(Access::Write, &opening)) {
        *error = tr("The revision could not be named: %1").arg(opening);
        return false;
    }
    QSqlError failure;
    const std::optional<qint64> article = lookUp(HistoryArticles::normalizedPath(filePath), &failure);
    QSqlQuery query(m_database->connection());
    const QString trimmed = name.trimmed();
    if (article && !failure.isValid()
        && !RevisionDatabase::run(
            query, QStringLiteral("UPDATE revisions SET name = ? WHERE id = ? AND article = ?"),
            {trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed), *number, *article}))
        failure = query.lastError();
    if (failure.isValid()) {
        handleDamage(failure);
        *error = tr("The revision could not be named: %1")
                     .arg(AtomicFile::describe(m_database->failureOf(failure), failure.text()));
        return false;
    }
    if (!article || query.numRowsAffected() != 1) {
        *error = tr("%1 has no revision %2").arg(shown, revisionId);
        return false;
    }
    return true;
}

bool RevisionStore::moved(const QString &oldPath, const QString &newPath, QString *error)
{
    QString opening;
    QSqlError failure;
    if (ensureOpen(Access::Write, &opening)) {
        if (m_database->begin(&failure)
            && m_articles->move(HistoryArticles::normalizedPath(oldPath), HistoryArticles::normalizedPath(newPath),
                                &failure)
            && m_database->commit(&failure))
            return true;
        m_database->rollback();
        handleDamage(failure);
        opening = AtomicFile::describe(m_database->failureOf(failure), failure.text());
    }
    if (error)
        *error = tr("The history of %1 could not follow it to %2: %3")
                     .arg(QFileInfo(oldPath).fileName(), newPath, opening);
    return false;
}

} // namespace Byline::Core
