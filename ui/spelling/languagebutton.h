#pragma once

#include <QToolButton>

namespace Byline::WidgetUi {

class SpellingMenu;
class SpellController;

// The spelling language of the open article, in the status bar: its name, or in red that there
// is no dictionary for it. A click opens the language menu.
class LanguageButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageButton)

public:
    LanguageButton(SpellController &spelling, SpellingMenu &menu, QWidget *parent = nullptr);

private:
    void update();

    SpellController &m_spelling;
};

} // namespace Byline::WidgetUi
