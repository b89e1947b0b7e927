#include "prompts.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace Byline::WidgetUi {

namespace {

QMessageBox::Icon iconOf(Prompts::Tone tone)
{
    switch (tone) {
    case Prompts::Tone::Information:
        return QMessageBox::Information;
    case Prompts::Tone::Warning:
        return QMessageBox::Warning;
    case Prompts::Tone::Question:
        break;
    }
    return QMessageBox::Question;
}

QMessageBox::ButtonRole roleOf(Prompts::Role role)
{
    switch (role) {
    case Prompts::Role::Reject:
        return QMessageBox::RejectRole;
    case Prompts::Role::Destructive:
        return QMessageBox::DestructiveRole;
    case Prompts::Role::Accept:
        break;
    }
    return QMessageBox::AcceptRole;
}

} // namespace

void Prompts::tell(Tone tone, const QString &title, const QString &text, const QString &details)
{
    Question question {tone, title, text, {}, details, {{QStringLiteral("ok"), tr("OK"), Role::Accept}}, {}};
    question.defaultChoice = QStringLiteral("ok");
    (void)ask(question);
}

WidgetPrompts::WidgetPrompts(QWidget *parent)
    : m_parent(parent)
{ }

QString WidgetPrompts::ask(const Question &question)
{
    QMessageBox box(iconOf(question.tone), question.title, question.text, QMessageBox::NoButton, m_parent);
    box.setInformativeText(question.informative);
    box.setDetailedText(question.details);
    QHash<QAbstractButton *, QString> ids;
    QString rejected;
    for (const Choice &choice : question.choices) {
        QPushButton *button = box.addButton(choice.label, roleOf(choice.role));
        ids.insert(button, choice.id);
        if (choice.id == question.defaultChoice)
            box.setDefaultButton(button);
        if (choice.role == Role::Reject) {
            box.setEscapeButton(button);
            rejected = choice.id;
        }
    }
    box.exec();
    return ids.value(box.clickedButton(), rejected);
}

std::optional<QString> WidgetPrompts::askText(const TextRequest &request)
{
    QInputDialog dialog(m_parent);
    dialog.setWindowTitle(request.title);
    dialog.setLabelText(request.label);
    dialog.setTextValue(request.value);
    if (request.secret)
        dialog.setTextEchoMode(QLineEdit::Password);
    if (!request.acceptLabel.isEmpty())
        dialog.setOkButtonText(request.acceptLabel);
    if (auto *edit = dialog.findChild<QLineEdit *>(); edit && request.selectionLength >= 0) {
        // Selected once the dialog shows it, as file managers select a name without its extension.
        QMetaObject::invokeMethod(
            edit, [edit, length = request.selectionLength] { edit->setSelection(0, length); }, Qt::QueuedConnection);
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

std::optional<QString> WidgetPrompts::askItem(const ItemRequest &request)
{
    bool ok = false;
    const QString item = QInputDialog::getItem(m_parent, request.title, request.label, request.items, request.current,
                                               request.editable, &ok);
    return ok ? std::optional<QString>(item) : std::nullopt;
}

std::optional<int> WidgetPrompts::askNumber(const NumberRequest &request)
{
    bool ok = false;
    const int number = QInputDialog::getInt(m_parent, request.title, request.label, request.value, request.minimum,
                                            request.maximum, 1, &ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

QString WidgetPrompts::askFile(const FileRequest &request)
{
    switch (request.mode) {
    case FileRequest::Mode::Open:
        return QFileDialog::getOpenFileName(m_parent, request.title, request.start, request.filter);
    case FileRequest::Mode::Save:
        return QFileDialog::getSaveFileName(m_parent, request.title, request.start, request.filter);
    case FileRequest::Mode::Folder:
        break;
    }
    return QFileDialog::getExistingDirectory(m_parent, request.title, request.start);
}

bool WidgetPrompts::run(QDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Byline::WidgetUi
