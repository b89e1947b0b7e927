#include "libraryindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Byline::Core {

LibraryIndex::LibraryIndex(const QString &root, const QString &databasePath)
    : m_database(root, databasePath.isEmpty() ? defaultDatabasePath(root) : databasePath)
    , m_updater(m_database)
    , m_reader(m_database)
    , m_search(m_database)
{ }

QString LibraryIndex::defaultDatabasePath(const QString &root)
{
    const QString canonical = QFileInfo(root).canonicalFilePath().isEmpty() ? QDir(root).absolutePath()
                                                                            : QFileInfo(root).canonicalFilePath();
    const QByteArray key = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString name
        = QFileInfo(canonical).fileName().isEmpty() ? QStringLiteral("library") : QFileInfo(canonical).fileName();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("libraries/%1-%2.sqlite").arg(name, QString::fromLatin1(key)));
}

} // namespace Byline::Core
