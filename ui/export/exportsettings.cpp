#include "exportsettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>

namespace Byline::WidgetUi::ExportSettings {

namespace {

// Settings keys cannot hold paths; a short digest of the absolute path stands for it.
QString keyFor(const QString &group, const QString &path)
{
    const QByteArray digest
        = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return group + QLatin1Char('/') + QString::fromLatin1(digest.left(16));
}

QJsonObject readObject(const QString &key)
{
    return QJsonDocument::fromJson(QSettings().value(key).toString().toUtf8()).object();
}

void writeObject(const QString &key, const QJsonObject &object)
{
    QSettings().setValue(key, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace

Core::ExportOptions options(const QString &library)
{
    return Core::ExportOptions::fromJson(readObject(keyFor(QStringLiteral("export/options"), library)));
}

void setOptions(const QString &library, const Core::ExportOptions &options)
{
    writeObject(keyFor(QStringLiteral("export/options"), library), options.toJson());
}

QString batchFolder(const QString &library)
{
    return QSettings().value(keyFor(QStringLiteral("export/batchFolder"), library)).toString();
}

void setBatchFolder(const QString &library, const QString &folder)
{
    QSettings().setValue(keyFor(QStringLiteral("export/batchFolder"), library), folder);
}

LastExport lastExport(const QString &article)
{
    const QJsonObject json = readObject(keyFor(QStringLiteral("export/last"), article));
    return {Core::ExportOptions::fromJson(json.value(QLatin1String("options")).toObject()),
            json.value(QLatin1String("target")).toString()};
}

void setLastExport(const QString &article, const LastExport &last)
{
    writeObject(keyFor(QStringLiteral("export/last"), article),
                {{QStringLiteral("options"), last.options.toJson()}, {QStringLiteral("target"), last.target}});
}

QString defaultTarget(const QString &article, Core::ExportOptions::Format format)
{
    if (article.isEmpty()) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return withExtension(QDir(documents).filePath(QStringLiteral("untitled")), format);
    }
    QString target = withExtension(article, format);
    if (QFileInfo(target).absoluteFilePath() != QFileInfo(article).absoluteFilePath())
        return target;
    const QFileInfo info(article); // a .txt article exported as text
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-export.") + info.suffix());
}

QString withExtension(const QString &target, Core::ExportOptions::Format format)
{
    return QFileInfo(target).dir().filePath(Core::ExportOptions::fileNameFor(target, format));
}

} // namespace Byline::WidgetUi::ExportSettings
