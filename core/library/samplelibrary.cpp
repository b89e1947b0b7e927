#include "samplelibrary.h"

#include "../article/articlefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Byline::Core {

namespace {
const QString bundledSamples = QStringLiteral(":/byline/samples");
} // namespace

QString SampleLibrary::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("Sample Library"));
}

QString SampleLibrary::ensureInstalled(QString *error)
{
    QString folder = defaultFolder();
    if (!QDir().mkpath(folder)) {
        if (error) {
            *error = QCoreApplication::translate("Byline::Core::SampleLibrary",
                                                 "Could not create the sample library in %1; check that the "
                                                 "folder is writable.")
                         .arg(folder);
        }
        return {};
    }
    const QDir target(folder);
    const QStringList names = QDir(bundledSamples).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (target.exists(name))
            continue; // never overwrite what the user may have edited
        QFile source(bundledSamples + QLatin1Char('/') + name);
        if (!source.open(QIODevice::ReadOnly))
            continue;
        const SaveResult saved = ArticleFile::writeBytes(target.filePath(name), source.readAll());
        if (!saved.ok) {
            if (error)
                *error = saved.error;
            return {};
        }
    }
    return folder;
}

} // namespace Byline::Core
