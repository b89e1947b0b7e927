#include "suggestmode.h"

#include <ui/common/notices.h>
#include <ui/common/prompts.h>
#include <ui/common/settingsstore.h>
#include <ui/document/articlesession.h>
#include <ui/document/renderscheduler.h>

#include <QAction>
#include <QLabel>

#include <review/reviewrender.h>

namespace Byline::WidgetUi {

SuggestMode::SuggestMode(ArticleSession &session, Notices &notices, Prompts &prompts, SettingsStore &settings,
                         QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_notices(notices)
    , m_prompts(prompts)
    , m_settings(settings)
    , m_action(new QAction(tr("Su&ggest Changes"), this))
    , m_indicator(new QLabel(window))
{
    m_action->setObjectName(QStringLiteral("suggestChanges"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+E"))); // Word's Track Changes
    m_action->setToolTip(tr("Record what you type, delete and replace as suggestions signed with your name"));
    connect(m_action, &QAction::triggered, this, [this](bool on) { setOn(on); });
    m_indicator->setObjectName(QStringLiteral("suggestingIndicator"));
    m_indicator->setVisible(false);
    connect(&m_session, &ArticleSession::suggestingChanged, this, &SuggestMode::updateIndicator);
    connect(&m_session, &ArticleSession::suggestionRefused, this,
            [this](const QString &why) { m_notices.showStatus(why); });
    connect(&m_settings, &SettingsStore::changed, this, [this] {
        // A new name in Preferences signs what is suggested from now on.
        if (m_session.isSuggesting() && !m_settings.settings().authorName.isEmpty())
            m_session.setSuggesting(true, m_settings.settings().authorName);
        updateIndicator();
    });
    connect(&m_session, &ArticleSession::rendered, this, [this] {
        if (m_session.isSuggesting())
            updateIndicator(); // the reviewer's colour may have changed with the reviewers in the text
    });
}

bool SuggestMode::setOn(bool on)
{
    if (!on) {
        m_session.setSuggesting(false);
        m_action->setChecked(false);
        return true;
    }
    const std::optional<QString> name = yourName();
    m_session.setSuggesting(name.has_value(), name.value_or(QString()));
    m_action->setChecked(name.has_value());
    if (name)
        m_notices.showStatus(
            tr("Suggesting: what you type, delete and replace is recorded as %1's suggestion").arg(*name));
    return name.has_value();
}

std::optional<QString> SuggestMode::yourName()
{
    const QString known = Core::ReviewEdits::cleanReviewerName(m_settings.settings().authorName);
    if (!known.isEmpty())
        return known;
    const std::optional<QString> typed
        = m_prompts.askText({tr("Your Name"), tr("Suggestions and comments are signed with your &name:"),
                             Settings::accountName(), tr("Sign")});
    const QString name = typed ? Core::ReviewEdits::cleanReviewerName(typed->trimmed()) : QString();
    if (name.isEmpty())
        return std::nullopt;
    m_settings.update([&name](Settings &changed) { changed.authorName = name; });
    return name;
}

void SuggestMode::updateIndicator()
{
    const bool on = m_session.isSuggesting();
    m_action->setChecked(on);
    m_indicator->setVisible(on);
    if (!on)
        return;
    const QString name = m_session.reviewer();
    // The reviewer's own colour, as their suggestions show in the text and preview.
    const QStringList &reviewers = m_session.renderer().last().review.reviewers();
    const qsizetype index = reviewers.indexOf(name);
    const QString color = Core::ReviewRender::reviewerColor(index < 0 ? reviewers.size() : index);
    m_indicator->setText(tr("Suggesting as %1").arg(name));
    m_indicator->setToolTip(
        tr("Suggest Changes is on (Ctrl+Shift+E): edits are recorded as %1's suggestions").arg(name));
    const QString style = QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; "
                                         "padding: 1px 6px; font-weight: bold; }")
                              .arg(color);
    if (m_indicator->styleSheet() != style) // restyling lays the status bar out again
        m_indicator->setStyleSheet(style);
}

} // namespace Byline::WidgetUi
