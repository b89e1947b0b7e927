#include "reviewviews.h"

#include <ui/document/renderscheduler.h>

#include <QAction>
#include <QActionGroup>

namespace Byline::WidgetUi {

using View = Core::ReviewEdits::View;

ReviewViews::ReviewViews(RenderScheduler &renderer, QObject *parent)
    : QObject(parent)
    , m_renderer(renderer)
    , m_group(new QActionGroup(this))
    , m_markup(new QAction(tr("All &Markup"), this))
    , m_final(new QAction(tr("&Final (Changes Accepted)"), this))
    , m_original(new QAction(tr("&Original (Changes Rejected)"), this))
    , m_showResolved(new QAction(tr("Show &Resolved Comments"), this))
{
    for (QAction *action : {m_markup, m_final, m_original}) {
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, &ReviewViews::apply);
    }
    m_markup->setObjectName(QStringLiteral("reviewMarkup"));
    m_final->setObjectName(QStringLiteral("reviewFinal"));
    m_original->setObjectName(QStringLiteral("reviewOriginal"));
    m_markup->setChecked(true);
    m_markup->setToolTip(tr("The preview shows every change and comment, with reviewers and times"));
    m_showResolved->setCheckable(true);
    m_showResolved->setObjectName(QStringLiteral("reviewShowResolved"));
    connect(m_showResolved, &QAction::triggered, this, &ReviewViews::apply);
}

QList<QAction *> ReviewViews::actions() const
{
    return {m_markup, m_final, m_original, nullptr, m_showResolved};
}

void ReviewViews::setView(View view)
{
    (view == View::Markup ? m_markup : view == View::Final ? m_final : m_original)->setChecked(true);
    apply();
}

View ReviewViews::view() const
{
    return m_final->isChecked() ? View::Final : m_original->isChecked() ? View::Original : View::Markup;
}

void ReviewViews::apply()
{
    m_renderer.setReviewView({view(), m_showResolved->isChecked()});
}

} // namespace Byline::WidgetUi
