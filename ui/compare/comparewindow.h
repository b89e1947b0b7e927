#pragma once

#include "compareactions.h"
#include "comparetextviews.h"
#include "compareversion.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QTreeView;

namespace Byline::WidgetUi {

class ArticleSession;
class CompareChangesModel;
class CompareHeader;
class CompareRunner;
class Notices;

// The compare window, as Word opens one for Compare Documents: two versions of an article side
// by side or inline, their front matter key by key, the list of changes with Previous and Next
// Change, and — when one side is the open article's current text — Restore This Change and
// Restore This Version, each one undoable edit through the session's gateway (suggested, in
// suggest mode, like any edit of the writer's). The current text side follows edits: the
// comparison is made again when the text changes.
//
// Its commands and their keys are CompareActions. Comparing, and building what the views show,
// runs off the UI thread (CompareRunner).
class CompareWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareWindow)

public:
    using Mode = CompareTextViews::Mode;

    CompareWindow(ArticleSession &session, Notices &notices, QWidget *parent = nullptr);
    ~CompareWindow() override;

    // `other` (old, left) against the open article's current text (new, right).
    void compareWithCurrent(const CompareSide &other);
    // Two versions, neither of them the current text (two revisions, two files): nothing to restore.
    void compare(const CompareSide &before, const CompareSide &after);
    // Puts `other` in place of the side that is not the current text (the old side when neither is).
    void replaceOther(const CompareSide &other);
    // What Compare With offers besides Other File…; choosing one fetches it and replaces the other side.
    void setVersions(const QList<CompareVersion> &versions);
    void chooseVersion(qsizetype index);
    void swapSides();

    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const;
    // The editor's font and column width (Preferences), so a compared draft reads like the draft.
    void setTextFont(const QFont &font, int columnCharacters);
    // Selects the next (or previous) change, in the list and in the views; false when there is none.
    bool goToChange(bool forward);
    void setCurrentChange(qsizetype index);
    [[nodiscard]] qsizetype currentChange() const;

    // The selected change, or the whole of the other side, put back into the current text.
    bool restoreChange();
    bool restoreVersion();

    [[nodiscard]] bool hasCurrentSide() const { return m_before.current || m_after.current; }
    [[nodiscard]] bool currentIsAfter() const { return m_after.current; }
    // The side that is not the current text (the old one when neither is).
    [[nodiscard]] const CompareSide &otherSide() const { return m_before.current ? m_after.side : m_before.side; }
    [[nodiscard]] bool isComparing() const;
    // The comparison shown; null before the first.
    [[nodiscard]] std::shared_ptr<const CompareResult> result() const;
    // How long the last comparison took off the UI thread.
    [[nodiscard]] qint64 compareMilliseconds() const;
    // What the status line last said.
    [[nodiscard]] QString message() const { return m_message; }

    [[nodiscard]] CompareHeader *header() const { return m_header; }
    [[nodiscard]] CompareTextViews *views() const { return m_views; }
    [[nodiscard]] QTreeView *changesList() const { return m_list; }
    [[nodiscard]] const CompareActions &actions() const { return m_actions; }

Q_SIGNALS:
    // A comparison is shown (the first, or again after an edit or a swap).
    void compared();
    void suggestionsAsked();
    // Compare With ▸ Other File…
    void fileAsked();

private:
    struct Side
    {
        CompareSide side;
        bool current = false; // the open article's text, read again at each comparison
    };

    void connectActions();
    void setSides(Side before, Side after);
    void refresh();
    void refreshIfChanged();
    void showResult();
    void updateActions();
    void tell(const QString &message);
    void tellNotApplied();
    [[nodiscard]] QString currentText() const;
    [[nodiscard]] bool comparedCurrentText() const;

    ArticleSession &m_session;
    Notices &m_notices;
    CompareRunner *m_runner;
    CompareHeader *m_header;
    CompareTextViews *m_views;
    CompareChangesModel *m_model;
    QTreeView *m_list;
    CompareActions m_actions;
    QTimer m_edited; // the current text changed: compare again once typing pauses
    Side m_before;
    Side m_after;
    QList<CompareVersion> m_versions;
    QFutureWatcher<VersionText> m_fetch;
    QString m_fetching; // the label of the version being fetched
    qsizetype m_selectAfterRefresh = -1;
    QString m_message;
};

} // namespace Byline::WidgetUi
