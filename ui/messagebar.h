#pragma once

#include <QFrame>

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

    void showMessage(const QString &text, Level level);
    [[nodiscard]] QString text() const;

private:
    QLabel *m_label;
};

} // namespace Byline::WidgetUi
