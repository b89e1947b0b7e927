#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Byline::WidgetUi {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setAccessibleName(tr("Message"));
    setObjectName(QStringLiteral("messageBar"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, Level level, const QList<Action> &actions)
{
    m_level = level;
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Action &action : actions) {
        auto *button = new QPushButton(action.text, this);
        button->setAutoDefault(false);
        m_buttons->addWidget(button, 0, Qt::AlignTop);
        connect(button, &QPushButton::clicked, this, [this, run = action.run] {
            hide();
            run();
        });
    }
    static const char *const colours[] = {"#e7f0fb", "#fff4d6", "#fbe3e1"};
    static const char *const borders[] = {"#9dbbe3", "#e0bd5c", "#d98b84"};
    const auto index = static_cast<int>(level);
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border-bottom: 1px solid %2; } "
                                 "#messageBar QLabel { color: #1d1b18; }")
                      .arg(QLatin1String(colours[index]), QLatin1String(borders[index])));
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

bool MessageBar::trigger(const QString &text)
{
    for (int i = 0; i < m_buttons->count(); ++i) {
        auto *button = qobject_cast<QPushButton *>(m_buttons->itemAt(i)->widget());
        if (button && button->text().remove(QLatin1Char('&')) == QString(text).remove(QLatin1Char('&'))) {
            button->click();
            return true;
        }
    }
    return false;
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace Byline::WidgetUi
