#include "recoveryjournal.h"

#include "atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Byline::Core {

namespace {

const QLatin1String lockName("session.lock");
const QLatin1String entrySuffix(".journal");
constexpr int formatVersion = 1;

} // namespace

RecoveryJournal::RecoveryJournal(const QString &root)
{
    removeDeadEmptySessions(root);
    m_folder = QDir(root).filePath(QLatin1String("session-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!QDir().mkpath(m_folder)) {
        m_error = QStringLiteral("cannot create the recovery folder %1").arg(m_folder);
        return;
    }
    m_lock = std::make_unique<QLockFile>(QDir(m_folder).filePath(lockName));
    m_lock->setStaleLockTime(0); // stale only when its process is gone
    if (!m_lock->tryLock(0)) {
        m_error = QStringLiteral("cannot lock the recovery folder %1").arg(m_folder);
        return;
    }
    m_valid = true;
}

RecoveryJournal::~RecoveryJournal()
{
    if (!m_valid)
        return;
    // A clean end: whatever was unsaved was saved or discarded by the user by now.
    const QStringList entries = QDir(m_folder).entryList({QLatin1String("*") + entrySuffix}, QDir::Files);
    if (entries.isEmpty()) {
        m_lock->unlock();
        QDir(m_folder).removeRecursively();
    }
}

QString RecoveryJournal::idForPath(const QString &path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString RecoveryJournal::fileFor(const QString &id) const
{
    return QDir(m_folder).filePath(id + entrySuffix);
}

bool RecoveryJournal::write(const QString &id, const QString &path, const QString &text, QString *error) const
{
    if (!m_valid) {
        if (error)
            *error = m_error;
        return false;
    }
    QJsonObject object;
    object.insert(QLatin1String("version"), formatVersion);
    object.insert(QLatin1String("id"), id);
    object.insert(QLatin1String("path"), path);
    object.insert(QLatin1String("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    object.insert(QLatin1String("text"), text);
    const QString file = fileFor(id);
    const WriteResult written = AtomicFile::write(file, QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!written.ok) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file, written.reason);
        return false;
    }
    return true;
}

void RecoveryJournal::remove(const QString &id) const
{
    if (m_valid)
        QFile::remove(fileFor(id));
}

RecoveryJournal::Entry RecoveryJournal::read(const QString &file, bool *ok)
{
    *ok = false;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(in.readAll()).object();
    if (object.value(QLatin1String("version")).toInt() != formatVersion || !object.contains(QLatin1String("text")))
        return {};
    *ok = true;
    return {object.value(QLatin1String("id")).toString(), object.value(QLatin1String("path")).toString(),
            object.value(QLatin1String("text")).toString(),
            QDateTime::fromString(object.value(QLatin1String("written")).toString(), Qt::ISODateWithMs), file};
}

QList<RecoveryJournal::Entry> RecoveryJournal::orphanedEntries(const QString &root)
{
    QList<Entry> entries;
    const QDir rootDir(root);
    for (const QString &session : rootDir.entryList({QStringLiteral("session-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir folder(rootDir.filePath(session));
        QLockFile lock(folder.filePath(lockName));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a running session's
        lock.unlock();
        for (const QString &name : folder.entryList({QLatin1String("*") + entrySuffix}, QDir::Files)) {
            bool ok = false;
            Entry entry = read(folder.filePath(name), &ok);
            if (ok)
                entries.append(entry);
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.written > b.written; });
    return entries;
}

// A session killed with nothing unsaved leaves a folder with only its lock in it: remove those, so
// the recovery folder does not fill with empty folders. A folder with any entry — readable or not —
// stays for the user to restore or discard. Young folders are left alone: one may belong to a
// session that is starting right now and has not taken its lock yet.
void RecoveryJournal::removeDeadEmptySessions(const QString &root)
{
    const QDir rootDir(root);
    const QDateTime settled = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (const QFileInfo &session :
         rootDir.entryInfoList({QStringLiteral("session-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (session.lastModified() > settled)
            continue;
        const QDir folder(session.filePath());
        if (!folder.entryList({QLatin1String("*") + entrySuffix}, QDir::Files | QDir::Hidden).isEmpty())
            continue;
        QLockFile lock(folder.filePath(lockName));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a running session's
        lock.unlock();
        QDir(folder).removeRecursively();
    }
}

void RecoveryJournal::discard(const Entry &entry)
{
    QFile::remove(entry.file);
    const QDir folder = QFileInfo(entry.file).dir();
    if (folder.entryList({QLatin1String("*") + entrySuffix}, QDir::Files).isEmpty())
        QDir(folder).removeRecursively();
}

} // namespace Byline::Core
