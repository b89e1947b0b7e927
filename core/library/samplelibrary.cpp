#include "samplelibrary.h"

#include "../article/articlefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Byline::Core {

namespace {
const QString bundledSamples = QStringLiteral(":/byline/samples");
} // namespace

QString SampleLibrary::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("Byline"));
}

QStringList SampleLibrary::sampleNames()
{
    return QDir(bundledSamples).entryList(QDir::Files, QDir::Name);
}

QString SampleLibrary::ensureInstalled(QString *error)
{
    return ensureInstalled(defaultFolder(), error);
}

QString SampleLibrary::ensureInstalled(const QString &folder, QString *error)
{
    // Only a new library gets the samples: one the user has already (and perhaps deleted
    // samples from) is theirs.
    if (QFileInfo(folder).isDir())
        return folder;
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
    for (const QString &name : sampleNames()) {
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
