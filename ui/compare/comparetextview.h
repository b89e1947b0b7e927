#pragma once

#include <QPlainTextEdit>

namespace Byline::WidgetUi {

// One read-only text of the compare window, set as the editor is: its font, and a centred column
// of the width chosen in Preferences, so a compared draft reads like the draft. The change shown
// stays highlighted while the list of changes has the focus.
class CompareTextView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareTextView)

public:
    explicit CompareTextView(QWidget *parent = nullptr);

    // `columnCharacters` 0 fills the width.
    void setTextFont(const QFont &font, int columnCharacters);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateMargins();

    int m_columnCharacters = 0;
};

} // namespace Byline::WidgetUi
