#pragma once

#include <ui/common/prompts.h>

#include <QDialog>
#include <QQueue>
#include <QTest>

#include <functional>
#include <variant>

// The user's answers to the window's questions, written down before the test runs: each question
// takes the next answer, and the test can read what was asked. A question with no answer
// scripted fails the test at once (and is answered with Cancel), so a change that starts asking
// something new is noticed. A message with a single button (Prompts::tell) needs no answer.
class ScriptedPrompts final : public Byline::WidgetUi::Prompts
{
public:
    struct Asked
    {
        QString kind; // "question", "text", "item", "number", "file", "dialog"
        QString title;
        QString text; // the question's text and informative text, or the input's label
    };

    // The choice (its id: "save", "discard", "cancel" …) for the next question.
    void answer(const QString &choice) { m_answers.enqueue(choice); }
    // The text, item or file for the next input; std::nullopt cancels it.
    void answerText(const std::optional<QString> &text) { m_answers.enqueue(Input {text}); }
    void answerNumber(std::optional<int> number) { m_answers.enqueue(number); }
    // Fills in the next dialog of Byline's own and says whether it is accepted.
    void answerDialog(std::function<bool(QDialog &dialog)> fill) { m_answers.enqueue(std::move(fill)); }

    [[nodiscard]] const QList<Asked> &asked() const { return m_asked; }
    // The text of the last question or message, or "" when nothing was asked.
    [[nodiscard]] QString lastText() const { return m_asked.isEmpty() ? QString() : m_asked.constLast().text; }
    [[nodiscard]] bool allAnswered() const { return m_answers.isEmpty(); }

    [[nodiscard]] QString ask(const Question &question) override
    {
        m_asked.append(
            {QStringLiteral("question"), question.title,
             question.text + QLatin1Char('\n') + question.informative + QLatin1Char('\n') + question.details});
        if (question.choices.size() == 1)
            return question.choices.constFirst().id;
        QString rejected;
        for (const Choice &choice : question.choices) {
            if (choice.role == Role::Reject)
                rejected = choice.id;
        }
        const auto *choice = next<QString>(question.text);
        return choice ? *choice : rejected;
    }

    [[nodiscard]] std::optional<QString> askText(const TextRequest &request) override
    {
        m_asked.append({QStringLiteral("text"), request.title, request.label});
        const auto *input = next<Input>(request.label);
        return input ? input->value : std::nullopt;
    }

    [[nodiscard]] std::optional<QString> askItem(const ItemRequest &request) override
    {
        m_asked.append({QStringLiteral("item"), request.title, request.label});
        const auto *input = next<Input>(request.label);
        return input ? input->value : std::nullopt;
    }

    [[nodiscard]] std::optional<int> askNumber(const NumberRequest &request) override
    {
        m_asked.append({QStringLiteral("number"), request.title, request.label});
        const auto *number = next<std::optional<int>>(request.label);
        return number ? *number : std::nullopt;
    }

    [[nodiscard]] QString askFile(const FileRequest &request) override
    {
        m_asked.append({QStringLiteral("file"), request.title, request.start});
        const auto *input = next<Input>(request.title);
        return input && input->value ? *input->value : QString();
    }

    [[nodiscard]] bool run(QDialog &dialog) override
    {
        m_asked.append({QStringLiteral("dialog"), dialog.windowTitle(), dialog.metaObject()->className()});
        const auto *fill = next<std::function<bool(QDialog &)>>(dialog.windowTitle());
        return fill && (*fill)(dialog);
    }

private:
    struct Input
    {
        std::optional<QString> value;
    };
    using Answer = std::variant<QString, Input, std::optional<int>, std::function<bool(QDialog &)>>;

    // The next answer when it is of the kind asked for; else the test fails here.
    template<typename T>
    const T *next(const QString &what)
    {
        if (m_answers.isEmpty() || !std::holds_alternative<T>(m_answers.head())) {
            QTest::qFail(qPrintable(QStringLiteral("no answer scripted for: %1").arg(what)), __FILE__, __LINE__);
            return nullptr;
        }
        m_current = m_answers.dequeue();
        return &std::get<T>(m_current);
    }

    QQueue<Answer> m_answers;
    Answer m_current;
    QList<Asked> m_asked;
};
