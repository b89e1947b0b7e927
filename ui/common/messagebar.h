#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;

namespace Byline::WidgetUi {

// A slim banner above the editor for what the user should know about the open file:
// malformed front matter, a read-only file, a document too complex to preview.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Level { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    struct Action
    {
        QString text;
        std::function<void()> run;
    };

    // Replaces what is shown; the actions become buttons that also close the bar.
    void showMessage(const QString &text, Level level, const QList<Action> &actions = {});
    [[nodiscard]] QString text() const;
    [[nodiscard]] Level level() const { return m_level; }
    // Presses the action button labelled `text`; for tests and keyboard users alike.
    bool trigger(const QString &text);

private:
    QLabel *m_label;
    QHBoxLayout *m_buttons;
    Level m_level = Level::Info;
};

} // namespace Byline::WidgetUi
