#include "importcontroller.h"

#include <ui/common/notices.h>
#include <ui/common/prompts.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <docx/docxreader.h>

namespace Byline::WidgetUi {

ImportController::ImportController(Prompts &prompts, Notices &notices, std::function<QString()> libraryFolder,
                                   std::function<void(const QString &)> open, QObject *parent)
    : QObject(parent)
    , m_prompts(prompts)
    , m_notices(notices)
    , m_libraryFolder(std::move(libraryFolder))
    , m_open(std::move(open))
    , m_import(new QAction(tr("&Import Word Document…"), this))
{
    m_import->setObjectName(QStringLiteral("importWordDocument"));
    m_import->setToolTip(tr("Open a Word document from an editor as an article: its tracked changes and comments "
                            "become suggestions and threads you can accept or reject"));
    connect(m_import, &QAction::triggered, this, &ImportController::chooseImport);
}

void ImportController::chooseImport()
{
    const QString library = m_libraryFolder();
    const QString document
        = m_prompts.askFile({Prompts::FileRequest::Mode::Open, tr("Import Word Document"),
                             library.isEmpty() ? QDir::homePath() : library, tr("Word documents (*.docx)")});
    if (document.isEmpty())
        return;
    const QString folder = library.isEmpty() ? QFileInfo(document).path() : library;
    const QString suggested = QDir(folder).filePath(QFileInfo(document).completeBaseName() + QStringLiteral(".md"));
    const QString target = m_prompts.askFile(
        {Prompts::FileRequest::Mode::Save, tr("Save the Imported Article As"), suggested, tr("Markdown (*.md)")});
    if (!target.isEmpty())
        importDocument(document, target);
}

bool ImportController::importDocument(const QString &document, const QString &target)
{
    const auto failed = [&](const QString &why) {
        m_notices.banner(tr("%1 was not imported: %2").arg(QFileInfo(document).fileName(), why),
                         MessageBar::Level::Error);
        return false;
    };
    const Core::DocxReader::Result read
        = Core::DocxReader::readFile(document, Core::DocxReader::imagesFolderFor(target));
    if (!read.ok())
        return failed(read.error);
    QString error;
    if (!Core::DocxReader::write(read, target, &error))
        return failed(error);
    m_open(target);
    QString said = tr("Imported %1 as %2.").arg(QFileInfo(document).fileName(), QFileInfo(target).fileName());
    if (!read.notes.isEmpty())
        said += QLatin1Char(' ') + read.notes.join(QLatin1Char(' '));
    m_notices.banner(said, read.notes.isEmpty() ? MessageBar::Level::Info : MessageBar::Level::Warning);
    return true;
}

} // namespace Byline::WidgetUi
