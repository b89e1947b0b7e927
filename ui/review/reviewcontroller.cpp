#include "reviewcontroller.h"

#include "reviewpanel.h"
#include "reviewviews.h"
#include "suggestmode.h"

#include <ui/common/notices.h>
#include <ui/common/prompts.h>
#include <ui/document/articlesession.h>
#include <ui/document/renderscheduler.h>
#include <ui/editor/markdowneditor.h>
#include <ui/editor/markdownhighlighter.h>

#include <QAction>
#include <QLabel>
#include <QTextDocument>
#include <QTreeView>

#include <review/reviewrender.h>

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

ReviewController::ReviewController(ArticleSession &session, MarkdownEditor *editor, Notices &notices, Prompts &prompts,
                                   SettingsStore &settings, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_editor(editor)
    , m_notices(notices)
    , m_views(new ReviewViews(session.renderer(), this))
    , m_previous(new QAction(tr("&Previous Change"), this))
    , m_next(new QAction(tr("&Next Change"), this))
    , m_accept(new QAction(tr("&Accept Change"), this))
    , m_reject(new QAction(tr("&Reject Change"), this))
    , m_acceptAll(new QAction(tr("Accept A&ll Changes"), this))
    , m_rejectAll(new QAction(tr("Reject All C&hanges"), this))
    , m_counts(new QLabel(window))
    , m_prompts(prompts)
    , m_suggestMode(new SuggestMode(session, notices, prompts, settings, window))
    , m_addComment(new QAction(tr("Add &Comment…"), this))
    , m_panel(new ReviewPanel(window))
{
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

    m_addComment->setObjectName(QStringLiteral("reviewAddComment"));
    m_addComment->setShortcut(QKeySequence(tr("Ctrl+Alt+M"))); // as in Word and Google Docs
    connect(m_addComment, &QAction::triggered, this, [this] { addComment(); });

    connect(m_panel, &ReviewPanel::chosen, this, &ReviewController::jumpTo);
    connect(m_panel, &ReviewPanel::decideAsked, this,
            [this](qsizetype index, Decision decision) { decideItem(index, decision); });
    connect(m_panel, &ReviewPanel::replyAsked, this, [this](qsizetype index) {
        if (const std::optional<QString> words = m_prompts.askText({tr("Reply"), tr("&Reply:"), {}, tr("Reply")});
            words && !words->trimmed().isEmpty())
            reply(index, *words);
    });
    connect(m_panel, &ReviewPanel::resolveAsked, this, &ReviewController::setResolved);
    connect(m_panel, &ReviewPanel::decideAllAsked, this, &ReviewController::decideAll);
    if (m_editor) {
        connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
            if (m_panel->isVisible())
                m_panel->follow(m_panel->model().review().itemAt(m_editor->textCursor().position()));
        });
    }

    m_counts->setObjectName(QStringLiteral("reviewCounts"));
    m_counts->setToolTip(tr("Suggested changes waiting for a decision, and open comment threads"));
    connect(&m_session, &ArticleSession::rendered, this, [this] {
        updateCounts();
        updateActions();
        updatePanel();
        updateEditorMarks();
    });
    connect(&m_session, &ArticleSession::stateChanged, this, &ReviewController::updateActions);
    updateCounts();
    updateActions();
}

QLabel *ReviewController::suggestingIndicator() const
{
    return m_suggestMode->indicator();
}

QAction *ReviewController::suggestAction() const
{
    return m_suggestMode->action();
}

bool ReviewController::setSuggesting(bool on)
{
    return m_suggestMode->setOn(on);
}

QList<QAction *> ReviewController::viewActions() const
{
    return m_views->actions();
}

QList<QAction *> ReviewController::reviewActions() const
{
    QList<QAction *> actions {m_suggestMode->action(),
                              m_addComment,
                              nullptr,
                              m_previous,
                              m_next,
                              nullptr,
                              m_accept,
                              m_reject,
                              nullptr,
                              m_acceptAll,
                              m_rejectAll};
    if (m_panelToggle)
        actions << nullptr << m_panelToggle;
    return actions;
}

void ReviewController::setPanelToggle(QAction *toggle)
{
    m_panelToggle = toggle;
    toggle->setText(tr("Review &Panel"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Alt+R")));
    connect(toggle, &QAction::toggled, this, [this](bool on) {
        if (on)
            updatePanel();
    });
}

void ReviewController::setView(View view)
{
    m_views->setView(view);
}

View ReviewController::view() const
{
    return m_views->view();
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

void ReviewController::decideAll(Decision decision, const QString &reviewer)
{
    const QString text = m_session.text();
    const Core::Review review = Core::Review::read(text);
    qsizetype changes = 0;
    for (const Core::Review::Item &item : review.items())
        changes += item.isChange() && (reviewer.isEmpty() || item.isBy(reviewer)) ? 1 : 0;
    if (changes == 0) {
        m_notices.showStatus(reviewer.isEmpty() ? tr("There are no suggested changes")
                                                : tr("%1 suggested no changes").arg(reviewer));
        return;
    }
    if (m_session.apply(toSessionEdits(Core::ReviewEdits::decideAll(text, review, decision, reviewer)),
                        EditOrigin::Review)) {
        m_notices.showStatus(decision == Decision::Accept ? tr("Accepted %n changes", nullptr, int(changes))
                                                          : tr("Rejected %n changes", nullptr, int(changes)));
        m_session.renderer().renderNow();
    }
}

std::optional<Core::Review::Item> ReviewController::current(qsizetype index, const QString &text) const
{
    const Core::Review &shown = m_panel->model().review();
    if (index < 0 || index >= shown.items().size())
        return std::nullopt;
    const Core::Review::Item &item = shown.items().at(index);
    const Core::Review fresh = Core::Review::read(text);
    if (text == m_panel->model().text())
        return index < fresh.items().size() ? std::optional(fresh.items().at(index)) : std::nullopt;
    // Typed since the panel last looked: the same marks, nearest to where they were.
    const QStringView was = item.whole.of(m_panel->model().text());
    const Core::Review::Item *best = nullptr;
    for (const Core::Review::Item &candidate : fresh.items()) {
        if (candidate.whole.of(text) != was)
            continue;
        if (!best
            || std::abs(candidate.whole.start - item.whole.start) < std::abs(best->whole.start - item.whole.start))
            best = &candidate;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

bool ReviewController::applyEdits(const Core::TextEdits &edits, const QString &why)
{
    if (edits.isEmpty()) {
        if (!why.isEmpty())
            m_notices.showStatus(why);
        return false;
    }
    if (!m_session.apply(toSessionEdits(edits), EditOrigin::Review))
        return false;
    m_session.renderer().renderNow(); // the panel and counts follow at once
    return true;
}

bool ReviewController::decideItem(qsizetype index, Decision decision)
{
    const QString text = m_session.text();
    const std::optional<Core::Review::Item> item = current(index, text);
    if (!item)
        return false;
    return applyEdits(Core::ReviewEdits::decide(text, *item, decision), {});
}

bool ReviewController::reply(qsizetype index, const QString &words)
{
    return signedEdit(index,
                      [&words](QStringView text, const Core::Review::Item &item, const Core::Attribution &by,
                               QString *why) { return Core::ReviewEdits::reply(text, item, by, words, why); });
}

bool ReviewController::setResolved(qsizetype index, bool resolved)
{
    return signedEdit(
        index, [resolved](QStringView text, const Core::Review::Item &item, const Core::Attribution &by, QString *why) {
            return Core::ReviewEdits::setResolved(text, item, by, resolved, why);
        });
}

bool ReviewController::signedEdit(qsizetype index, const SignedEdit &edit)
{
    const std::optional<QString> name = m_suggestMode->yourName();
    const QString text = m_session.text();
    const std::optional<Core::Review::Item> item = current(index, text);
    if (!name || !item)
        return false;
    QString why;
    return applyEdits(edit(text, *item, signature(*name), &why), why);
}

bool ReviewController::addComment()
{
    if (!m_session.isEditable())
        return false;
    const std::optional<QString> words = m_prompts.askText({tr("Add Comment"), tr("&Comment:"), {}, tr("Comment")});
    if (!words || words->trimmed().isEmpty())
        return false;
    return addComment(*words);
}

bool ReviewController::addComment(const QString &words)
{
    const std::optional<QString> name = m_suggestMode->yourName();
    if (!name || !m_editor)
        return false;
    const QString text = m_session.text();
    const QTextCursor cursor = m_editor->textCursor();
    QString why;
    const Core::TextEdits edits = Core::ReviewEdits::addComment(text, Core::Review::read(text), cursor.selectionStart(),
                                                                cursor.selectionEnd(), signature(*name), words, &why);
    if (!applyEdits(edits, why))
        return false;
    if (m_panelToggle && !m_panelToggle->isChecked())
        m_panelToggle->trigger(); // where the comment can be read and answered
    return true;
}

Core::Attribution ReviewController::signature(const QString &name) const
{
    return {name, QDateTime::currentDateTimeUtc()};
}

void ReviewController::jumpTo(qsizetype index)
{
    const QString text = m_session.text();
    const std::optional<Core::Review::Item> item = current(index, text);
    if (!item || !m_editor)
        return;
    QTextCursor moved = m_editor->textCursor();
    moved.setPosition(int(item->whole.start));
    moved.setPosition(int(item->mark.whole.end), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(moved);
    m_editor->centerCursor();
}

void ReviewController::updatePanel()
{
    if (!m_panel->isVisible() && !(m_panelToggle && m_panelToggle->isChecked()))
        return;
    // The review the render read on its worker when it is of the text as it is; read here only
    // when the panel opens between renders.
    const ArticleRender &render = m_session.renderer().last();
    const QString text = m_session.text();
    if (render.text == text)
        m_panel->showReview(render.text, render.review);
    else
        m_panel->showReview(text, Core::Review::read(text));
}

void ReviewController::updateEditorMarks()
{
    if (!m_editor)
        return;
    // Each reviewer's marks in their colour, as in the preview. The highlighter finds who signed a
    // mark on its own line, so the colours hold while typing moves everything.
    const QStringList &reviewers = m_session.renderer().last().review.reviewers();
    QHash<QString, QColor> colors;
    for (qsizetype i = 0; i < reviewers.size(); ++i)
        colors.insert(reviewers.at(i), QColor(Core::ReviewRender::reviewerColor(i)));
    m_editor->highlighter()->setReviewerColors(colors);
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
