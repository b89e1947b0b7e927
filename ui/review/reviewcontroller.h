#pragma once

#include <QObject>

#include <functional>
#include <optional>

#include <review/reviewedits.h>

class QAction;
class QLabel;
class QWidget;

namespace Byline::WidgetUi {

class ArticleSession;
class MarkdownEditor;
class Notices;
class Prompts;
class ReviewPanel;
class ReviewViews;
class SettingsStore;
class SuggestMode;

// The editor's desk: suggest mode (SuggestMode), comments, the review panel, which view of the
// review the preview shows (ReviewViews), the status bar's `4 suggestions · 2 comments`, moving to
// the next or previous change, and accepting or rejecting one change, a reviewer's or all of them.
// Every decision, comment and reply is one undoable edit through the session's gateway.
class ReviewController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewController)

public:
    ReviewController(ArticleSession &session, MarkdownEditor *editor, Notices &notices, Prompts &prompts,
                     SettingsStore &settings, QWidget *window);

    // For the View menu: the three views and Show Resolved Comments (null: a separator).
    [[nodiscard]] QList<QAction *> viewActions() const;
    // For the Review menu: moving and deciding.
    [[nodiscard]] QList<QAction *> reviewActions() const;
    [[nodiscard]] QLabel *counts() const { return m_counts; }
    // "Suggesting", in the status bar while suggest mode is on.
    [[nodiscard]] QLabel *suggestingIndicator() const;
    // Edit ▸ Suggest Changes.
    [[nodiscard]] QAction *suggestAction() const;
    // The panel; the window puts it in a dock and gives its toggle (setPanelToggle()).
    [[nodiscard]] ReviewPanel *panel() const { return m_panel; }
    void setPanelToggle(QAction *toggle);

    // Suggest mode on or off; turning it on without a name asks for one (false when none is given).
    bool setSuggesting(bool on);
    // A comment on the selection (or at the cursor), asked for; false when none was added.
    bool addComment();
    // The same with the words given.
    bool addComment(const QString &words);

    void setView(Core::ReviewEdits::View view);
    [[nodiscard]] Core::ReviewEdits::View view() const;
    // Moves the cursor to the next (or previous) change or comment; false when there is none.
    bool goToChange(bool forward);
    // Accepts or rejects the change at the cursor (or the comment thread there goes); false when
    // the cursor is on none.
    bool decideAtCursor(Core::ReviewEdits::Decision decision);
    // Every change, or every change `reviewer` made.
    void decideAll(Core::ReviewEdits::Decision decision, const QString &reviewer = {});
    // What the panel asks, for the item at `index` of its review.
    bool decideItem(qsizetype index, Core::ReviewEdits::Decision decision);
    bool reply(qsizetype index, const QString &words);
    bool setResolved(qsizetype index, bool resolved);

private:
    void updateCounts();
    void updatePanel();
    void updateEditorMarks();
    void jumpTo(qsizetype index);
    [[nodiscard]] Core::Attribution signature(const QString &name) const;
    // The panel's item at `index`, found again in the current text (typing may have moved it).
    [[nodiscard]] std::optional<Core::Review::Item> current(qsizetype index, const QString &text) const;
    bool applyEdits(const Core::TextEdits &edits, const QString &why);
    // An edit of the panel's item at `index` signed with your name: a reply, a resolution.
    using SignedEdit = std::function<Core::TextEdits(QStringView text, const Core::Review::Item &item,
                                                     const Core::Attribution &by, QString *why)>;
    bool signedEdit(qsizetype index, const SignedEdit &edit);
    void updateActions();

    ArticleSession &m_session;
    MarkdownEditor *m_editor;
    Notices &m_notices;
    ReviewViews *m_views;
    QAction *m_previous;
    QAction *m_next;
    QAction *m_accept;
    QAction *m_reject;
    QAction *m_acceptAll;
    QAction *m_rejectAll;
    QLabel *m_counts;
    Prompts &m_prompts;
    SuggestMode *m_suggestMode;
    QAction *m_addComment;
    QAction *m_panelToggle = nullptr;
    ReviewPanel *m_panel;
};

} // namespace Byline::WidgetUi
