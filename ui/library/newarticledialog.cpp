#include "newarticledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Byline::WidgetUi {

NewArticleDialog::NewArticleDialog(const QString &root, const QStringList &folders, const QString &folder,
                                   const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_root(QDir(root).absolutePath())
    , m_title(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_folder(new QComboBox(this))
    , m_fileName(new QLabel(this))
{
    setWindowTitle(tr("New Article"));
    m_title->setPlaceholderText(tr("The headline; it can change later"));
    m_title->setAccessibleName(tr("Title"));
    m_author->setText(author);
    m_author->setAccessibleName(tr("Author"));
    m_folder->setEditable(true);
    m_folder->setInsertPolicy(QComboBox::NoInsert);
    m_folder->setAccessibleName(tr("Folder"));
    m_folder->setToolTip(tr("A folder of the library; type a new name to create one"));
    m_folder->addItem(tr("(top of the library)"), QString());
    QStringList sorted = folders;
    sorted.removeAll(QString());
    std::sort(sorted.begin(), sorted.end());
    for (const QString &sub : std::as_const(sorted))
        m_folder->addItem(sub, sub);
    const QString preselected = QDir(m_root).relativeFilePath(folder);
    m_folder->setCurrentIndex(
        std::max(0, m_folder->findData(preselected == QLatin1String(".") ? QString() : preselected)));
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileName->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("File:"), m_fileName);
    form->addRow(buttons);
    connect(m_title, &QLineEdit::textChanged, this, &NewArticleDialog::update);
    connect(m_folder, &QComboBox::currentTextChanged, this, &NewArticleDialog::update);
    update();
    resize(std::max(width(), 460), height());
}

Core::NewArticle NewArticleDialog::article() const
{
    Core::NewArticle article;
    article.title = m_title->text().trimmed();
    article.author = m_author->text().trimmed();
    article.date = QDate::currentDate();
    return article;
}

QString NewArticleDialog::folder() const
{
    // A folder typed by hand is its text; one picked from the list is its data.
    const int index = m_folder->findText(m_folder->currentText());
    const QString sub = index >= 0 ? m_folder->itemData(index).toString() : m_folder->currentText().trimmed();
    return sub.isEmpty() ? m_root : QDir(m_root).filePath(sub);
}

QString NewArticleDialog::fileNameText() const
{
    return m_fileName->text();
}

void NewArticleDialog::update()
{
    const QString name = Core::LibraryFiles::fileNameFor(folder(), m_title->text());
    m_fileName->setText(QDir::toNativeSeparators(QDir(m_root).relativeFilePath(QDir(folder()).filePath(name))));
    m_create->setEnabled(!m_title->text().trimmed().isEmpty());
}

} // namespace Byline::WidgetUi
