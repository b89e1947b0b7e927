#include "librarylocations.h"

#include "samplelibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Byline::Core {

namespace {
const QString currentKey = QStringLiteral("library/current");
const QString recentKey = QStringLiteral("library/recent");

QString normalized(const QString &folder)
{
    return QDir::cleanPath(QDir(folder).absolutePath());
}
} // namespace

QString LibraryLocations::current()
{
    QString folder = QSettings().value(currentKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return SampleLibrary::defaultFolder();
}

void LibraryLocations::setCurrent(const QString &folder)
{
    const QString path = normalized(folder);
    QSettings settings;
    QStringList list = settings.value(recentKey).toStringList();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > maxRecent)
        list.removeLast();
    settings.setValue(recentKey, list);
    settings.setValue(currentKey, path);
}

QStringList LibraryLocations::recent()
{
    QStringList list;
    for (const QString &folder : QSettings().value(recentKey).toStringList()) {
        if (QFileInfo(folder).isDir())
            list.append(folder);
    }
    return list;
}

void LibraryLocations::forget(const QString &folder)
{
    QSettings settings;
    QStringList list = settings.value(recentKey).toStringList();
    list.removeAll(normalized(folder));
    settings.setValue(recentKey, list);
}

} // namespace Byline::Core
