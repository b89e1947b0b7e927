#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QDialog;
class QWidget;

namespace Byline::WidgetUi {

// Every question Byline asks and every dialog it opens goes through here: message boxes, text,
// item and number inputs, file choosers and Byline's own dialogs. The window uses WidgetPrompts;
// tests put a script in its place, so no test waits for a modal dialog to appear.
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(Byline::WidgetUi::Prompts)

public:
    Prompts() = default;
    virtual ~Prompts() = default;
    Q_DISABLE_COPY_MOVE(Prompts)

    enum class Tone { Question, Information, Warning };
    enum class Role { Accept, Reject, Destructive };

    struct Choice
    {
        QString id; // what ask() returns, and what a test script answers with
        QString label; // with its mnemonic, "&Save"
        Role role = Role::Accept;
    };

    struct Question
    {
        Tone tone = Tone::Question;
        QString title;
        QString text;
        QString informative; // a second paragraph
        QString details; // folded away until asked for
        QList<Choice> choices;
        QString defaultChoice;
    };
    // The id of the choice made; the Reject choice's id when the box is closed, "" when there is none.
    [[nodiscard]] virtual QString ask(const Question &question) = 0;
    // A message with one button to close it.
    void tell(Tone tone, const QString &title, const QString &text, const QString &details = {});

    struct TextRequest
    {
        QString title;
        QString label;
        QString value;
        QString acceptLabel; // empty: the platform's OK
        int selectionLength = -1; // how much of the value, from its start, is selected; -1 all
        bool secret = false; // a password: not shown as typed
    };
    [[nodiscard]] virtual std::optional<QString> askText(const TextRequest &request) = 0;

    struct ItemRequest
    {
        QString title;
        QString label;
        QStringList items;
        int current = 0;
        bool editable = false; // the user may type an item of their own
    };
    [[nodiscard]] virtual std::optional<QString> askItem(const ItemRequest &request) = 0;

    struct NumberRequest
    {
        QString title;
        QString label;
        int value = 0;
        int minimum = 0;
        int maximum = 0;
    };
    [[nodiscard]] virtual std::optional<int> askNumber(const NumberRequest &request) = 0;

    struct FileRequest
    {
        enum class Mode { Open, Save, Folder };
        Mode mode = Mode::Open;
        QString title;
        QString start; // a folder, or for Save the suggested file
        QString filter; // "Markdown (*.md);;Plain text (*.txt)"
    };
    // The file or folder chosen; empty when cancelled.
    [[nodiscard]] virtual QString askFile(const FileRequest &request) = 0;

    // One of Byline's own dialogs (New Article, Export, Preferences), set up by the caller. True when
    // the user accepted it; the caller then reads what was chosen from the dialog.
    [[nodiscard]] virtual bool run(QDialog &dialog) = 0;
};

// The prompts as the user sees them: modal Qt dialogs over `parent`.
class WidgetPrompts final : public Prompts
{
public:
    explicit WidgetPrompts(QWidget *parent);

    [[nodiscard]] QString ask(const Question &question) override;
    [[nodiscard]] std::optional<QString> askText(const TextRequest &request) override;
    [[nodiscard]] std::optional<QString> askItem(const ItemRequest &request) override;
    [[nodiscard]] std::optional<int> askNumber(const NumberRequest &request) override;
    [[nodiscard]] QString askFile(const FileRequest &request) override;
    [[nodiscard]] bool run(QDialog &dialog) override;

private:
    QWidget *m_parent;
};

} // namespace Byline::WidgetUi
