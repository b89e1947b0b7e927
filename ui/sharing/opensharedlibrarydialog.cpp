#include "opensharedlibrarydialog.h"

#include <ui/common/prompts.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Byline::WidgetUi {

OpenSharedLibraryDialog::OpenSharedLibraryDialog(Prompts &prompts, const QString &parentFolder, QWidget *parent)
    : QDialog(parent)
    , m_prompts(prompts)
    , m_parentFolder(parentFolder)
    , m_url(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
{
    setWindowTitle(tr("Open Shared Library"));
    setObjectName(QStringLiteral("openSharedLibraryDialog"));
    auto *intro = new QLabel(tr("Copy a library your desk shares through git into a folder of this computer. "
                                "You can write offline; each sync sends your changes and brings theirs."),
                             this);
    intro->setWordWrap(true);
    m_url->setPlaceholderText(QStringLiteral("https://git.example.org/desk/columns.git"));
    m_url->setAccessibleName(tr("Repository address"));
    m_url->setMinimumWidth(420);
    m_folder->setAccessibleName(tr("Folder for the library"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Repository:"), m_url);
    form->addRow(tr("Into &folder:"), folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *open = buttons->button(QDialogButtonBox::Ok);
    open->setText(tr("&Open"));
    open->setEnabled(false);
    const auto check = [this, open] {
        open->setEnabled(!m_url->text().trimmed().isEmpty() && !m_folder->text().trimmed().isEmpty());
    };
    connect(m_url, &QLineEdit::textChanged, this, [this, check] {
        suggestFolder();
        check();
    });
    connect(m_folder, &QLineEdit::textEdited, this, [this, check] {
        m_folderTyped = true;
        check();
    });
    connect(m_folder, &QLineEdit::textChanged, this, check);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = m_prompts.askFile(
            {Prompts::FileRequest::Mode::Folder, tr("Folder for the Shared Library"), m_parentFolder, {}});
        if (!chosen.isEmpty()) {
            m_folderTyped = true;
            m_folder->setText(QDir::toNativeSeparators(chosen));
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

// The repository's name as the folder's, in the parent folder: columns.git → …/columns.
void OpenSharedLibraryDialog::suggestFolder()
{
    if (m_folderTyped)
        return;
    QString name = m_url->text().trimmed();
    while (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    name = name.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), -1);
    if (name.endsWith(QLatin1String(".git")))
        name.chop(4);
    m_folder->setText(name.isEmpty() ? QString() : QDir::toNativeSeparators(QDir(m_parentFolder).filePath(name)));
}

QString OpenSharedLibraryDialog::url() const
{
    return m_url->text().trimmed();
}

QString OpenSharedLibraryDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void OpenSharedLibraryDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void OpenSharedLibraryDialog::setFolder(const QString &folder)
{
    m_folderTyped = true;
    m_folder->setText(folder);
}

} // namespace Byline::WidgetUi
