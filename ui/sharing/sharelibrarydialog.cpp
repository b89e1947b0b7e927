#include "sharelibrarydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Byline::WidgetUi {

ShareLibraryDialog::ShareLibraryDialog(const QString &library, const QString &currentUrl, QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(currentUrl, this))
{
    setWindowTitle(tr("Share Library"));
    setObjectName(QStringLiteral("shareLibraryDialog"));
    auto *intro = new QLabel(
        tr("<p>Share <b>%1</b> with your desk through a git repository: on a server (GitLab, Gitea, GitHub, "
           "your newsroom's), or a folder everyone reaches.</p>"
           "<p>Byline sends the library's articles there and, at each sync, receives the others' changes. "
           "Articles two people changed are merged word by word; where both changed the same words, the "
           "other wording arrives as a suggestion to accept or reject. Nothing is ever lost: every version "
           "stays in the library's history.</p>")
            .arg(QDir::toNativeSeparators(library).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_url->setPlaceholderText(QStringLiteral("https://git.example.org/desk/columns.git"));
    m_url->setAccessibleName(tr("Repository address"));
    m_url->setMinimumWidth(420);
    auto *form = new QFormLayout;
    form->addRow(tr("&Repository:"), m_url);
    auto *hint = new QLabel(tr("https://…, ssh://…, user@host:path, git://…, or the folder of a bare repository. "
                               "An empty repository receives the library; one that holds a library is merged with "
                               "it."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(QString(), hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Share"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!currentUrl.trimmed().isEmpty());
    connect(m_url, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ShareLibraryDialog::url() const
{
    return m_url->text().trimmed();
}

void ShareLibraryDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

} // namespace Byline::WidgetUi
