#include "reviewcontroller.h"

#include <ui/common/notices.h>
#include <ui/document/articlesession.h>
#include <ui/document/renderscheduler.h>
#include <ui/editor/markdowneditor.h>

#include <QAction>
#include <QActionGroup>
#include <QLabel>

namespace Byline::WidgetUi {

namespace {

using View = Core::ReviewEdits::View;
using Decision = Core::ReviewEdits::Decision;

QList<TextEdit> toSessionEdits(const Core::TextEdits &edits)
{
    QList<TextEdit> converted;
    converted.reserve(edits.size());
    for (const Core::TextEdit &edit : edits)
        converted.append({int(edit.start), int(edit.end), edit.text});
    return converted;
}

} // namespace

ReviewController::ReviewController(ArticleSession &session, MarkdownEditor *editor, Notices &notices, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_editor(editor)
    , m_notices(notices)
    , m_views(new QActionGroup(this))
    , m_markup(new QAction(tr("All &Markup"), this))
    , m_final(new QAction(tr("&Final (Changes Accepted)"), this))
    , m_original(new QAction(tr("&Original (Changes Rejected)"), this))
    , m_showResolved(new QAction(tr("Show &Resolved Comments"), this))
    , m_previous(new QAction(tr("&Previous Change"), this))
    , m_next(new QAction(tr("&Next Change"), this))
    , m_accept(new QAction(tr("&Accept Change"), this))
    , m_reject(new QAction(tr("&Reject Change"), this))
    , m_acceptAll(new QAction(tr("Accept A&ll Changes"), this))
    , m_rejectAll(new QAction(tr("Reject All C&hanges"), this))
    , m_counts(new QLabel(window))
{
    for (QAction *action : {m_markup, m_final, m_original}) {
        action->setCheckable(true);
        m_views->addAction(action);
        connect(action, &QAction::triggered, this, &ReviewController::applyView);
    }
    m_markup->setObjectName(QStringLiteral("reviewMarkup"));
    m_final->setObjectName(QStringLiteral("reviewFinal"));
    m_original->setObjectName(QStringLiteral("reviewOriginal"));
    m_markup->setChecked(true);
    m_markup->setToolTip(tr("The preview shows every change and comment, with reviewers and times"));
    m_showResolved->setCheckable(true);
    m_showResolved->setObjectName(QStringLiteral("reviewShowResolved"));
    connect(m_showResolved, &QAction::triggered, this, &ReviewController::applyView);

    m_previous->setObjectName(QStringLiteral("reviewPrevious"));
    m_next->setObjectName(QStringLiteral("reviewNext"));
    m_previous->setShortcut(QKeySequence(tr("Ctrl+Alt+,")));
    m_next->setShortcut(QKeySequence(tr("Ctrl+Alt+.")));
    connect(m_previous, &QAction::triggered, this, [this] { goToChange(false); });
    connect(m_next, &QAction::triggered, this, [this] { goToChange(true); });
    m_accept->setObjectName(QStringLiteral("reviewAccept"));
    m_reject->setObjectName(QStringLiteral("reviewReject"));
    m_accept->setShortcut(QKeySequence(tr("Ctrl+Alt+Return")));
    m_reject->setShortcut(QKeySequence(tr("Ctrl+Alt+Backspace")));
    connect(m_accept, &QAction::triggered, this, [this] { decideAtCursor(Decision::Accept); });
    connect(m_reject, &QAction::triggered, this, [this] { decideAtCursor(Decision::Reject); });
    m_acceptAll->setObjectName(QStringLiteral("reviewAcceptAll"));
    m_rejectAll->setObjectName(QStringLiteral("reviewRejectAll"));
    connect(m_acceptAll, &QAction::triggered, this, [this] { decideAll(Decision::Accept); });
    connect(m_rejectAll, &QAction::triggered, this, [this] { decideAll(Decision::Reject); });

    m_counts->setObjectName(QStringLiteral("reviewCounts"));
    m_counts->setToolTip(tr("Suggested changes waiting for a decision, and open comment threads"));
    connect(&m_session, &ArticleSession::rendered, this, [this] {
        updateCounts();
        updateActions();
    });
    connect(&m_session, &ArticleSession::stateChanged, this, &ReviewController::updateActions);
    updateCounts();
    updateActions();
}

QList<QAction *> ReviewController::viewActions() const
{
    return {m_markup, m_final, m_original, nullptr, m_showResolved};
}

QList<QAction *> ReviewController::reviewActions() const
{
    return {m_previous, m_next, nullptr, m_accept, m_reject, nullptr, m_acceptAll, m_rejectAll};
}

void ReviewController::setView(View view)
{
    (view == View::Markup ? m_markup : view == View::Final ? m_final : m_original)->setChecked(true);
    applyView();
}

View ReviewController::view() const
{
    return m_final->isChecked() ? View::Final : m_original->isChecked() ? View::Original : View::Markup;
}

void ReviewController::applyView()
{
    m_session.renderer().setReviewView({view(), m_showResolved->isChecked()});
}

bool ReviewController::goToChange(bool forward)
{
    const QString text = m_session.text();
    const Core::Review review = Core::Review::read(text);
    const int cursor = m_editor->textCursor().position();
    const Core::Review::Item *target = nullptr;
    for (const Core::Review::Item &item : review.items()) {
        if (forward && item.whole.start > cursor) {
            target = &item;
            break;
        }
        if (!forward && item.whole.end < cursor) // not the one the cursor is in
            target = &item;
    }
    if (!target) {
        m_notices.showStatus(forward ? tr("No more changes or comments after the cursor")
                                     : tr("No more changes or comments before the cursor"));
        return false;
    }
    QTextCursor moved = m_editor->textCursor();
    moved.setPosition(int(target->whole.start));
    moved.setPosition(int(target->mark.whole.end), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(moved);
    m_editor->centerCursor();
    return true;
}

bool ReviewController::decideAtCursor(Decision decision)
{
    const QString text = m_session.text();
    const Core::Review review = Core::Review::read(text);
    const qsizetype index = review.itemAt(m_editor->textCursor().position());
    if (index < 0) {
        m_notices.showStatus(tr("The cursor is not on a change or comment"));
        return false;
    }
    const Core::Review::Item &item = review.items().at(index);
    if (!m_session.apply(toSessionEdits(Core::ReviewEdits::decide(text, item, decision)), EditOrigin::Review))
        return false;
    goToChange(true);
    return true;
}

void ReviewController::decideAll(Decision decision)
{
    const QString text = m_session.text();
    const Core::Review review = Core::Review::read(text);
    const qsizetype changes = review.changeCount();
    if (changes == 0) {
        m_notices.showStatus(tr("There are no suggested changes"));
        return;
    }
    if (m_session.apply(toSessionEdits(Core::ReviewEdits::decideAll(text, review, decision)), EditOrigin::Review)) {
        m_notices.showStatus(decision == Decision::Accept ? tr("Accepted %n changes", nullptr, int(changes))
                                                          : tr("Rejected %n changes", nullptr, int(changes)));
    }
}

void ReviewController::updateCounts()
{
    const Core::Review &review = m_session.renderer().last().review;
    const qsizetype changes = review.changeCount();
    const qsizetype threads = review.openThreadCount();
    m_counts->setVisible(changes > 0 || threads > 0);
    m_counts->setText(tr("%n suggestions", nullptr, int(changes)) + QStringLiteral(" · ")
                      + tr("%n comments", nullptr, int(threads)));
}

void ReviewController::updateActions()
{
    const bool editable = m_session.isEditable();
    const bool any = !m_session.renderer().last().review.isEmpty();
    for (QAction *action : {m_accept, m_reject, m_acceptAll, m_rejectAll})
        action->setEnabled(editable && any);
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
}

} // namespace Byline::WidgetUi
