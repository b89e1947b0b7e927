#include "languagebutton.h"

#include "spellingmenu.h"

#include <QMenu>

namespace Byline::WidgetUi {

LanguageButton::LanguageButton(SpellController &spelling, SpellingMenu &menu, QWidget *parent)
    : QToolButton(parent)
    , m_spelling(spelling)
{
    setObjectName(QStringLiteral("languageButton"));
    setAutoRaise(true);
    setToolTip(tr("The spelling language of this article. Click to change it."));
    connect(this, &QToolButton::clicked, this, [this, &menu] {
        QMenu *languages = menu.languageMenu(this);
        languages->setAttribute(Qt::WA_DeleteOnClose);
        languages->popup(mapToGlobal(QPoint(0, -languages->sizeHint().height())));
    });
    connect(&m_spelling, &SpellController::languageChanged, this, &LanguageButton::update);
    update();
}

void LanguageButton::update()
{
    if (const auto &dictionary = m_spelling.dictionary()) {
        setText(dictionary->languageName());
        setStyleSheet(QString());
    } else {
        setText(tr("%1: no dictionary").arg(m_spelling.requestedLanguage()));
        setStyleSheet(QStringLiteral("color: #c62828"));
    }
}

} // namespace Byline::WidgetUi
