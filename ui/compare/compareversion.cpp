#include "compareversion.h"

#include <article/articlefile.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <docx/docxreader.h>
#include <review/diffsuggestions.h>

namespace Byline::WidgetUi {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::WidgetUi::CompareVersion)
};

} // namespace

VersionText readVersionFile(const QString &path, const QString &frontMatter)
{
    if (path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive)) {
        const Core::DocxReader::Result read = Core::DocxReader::readFile(path, {});
        if (!read.ok())
            return {{}, Text::tr("Could not compare with %1: %2").arg(QDir::toNativeSeparators(path), read.error)};
        if (frontMatter.isEmpty())
            return {read.text, {}};
        return {frontMatter + read.text.mid(Core::DiffSuggestions::bodyStart(read.text)), {}};
    }
    const Core::LoadedArticle loaded = Core::ArticleFile::load(path);
    if (loaded.ok)
        return {loaded.text, {}};
    const Core::Diagnostics problems = loaded.diagnostics();
    const QString why = problems.isEmpty() ? Text::tr("it cannot be read") : problems.constFirst().message;
    return {{}, Text::tr("Could not compare with %1: %2.").arg(QDir::toNativeSeparators(path), why)};
}

CompareVersion CompareVersion::file(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return {QFileInfo(path).fileName(),
            [absolute] { return QtConcurrent::run([absolute] { return readVersionFile(absolute); }); }};
}

} // namespace Byline::WidgetUi
