#include "comparewindow.h"

#include "comparechangesmodel.h"
#include "compareheader.h"
#include "comparerunner.h"

#include <ui/common/notices.h>
#include <ui/document/articlesession.h>

#include <QAction>
#include <QHeaderView>
#include <QSplitter>
#include <QStatusBar>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Byline::WidgetUi {

namespace {

// A version from elsewhere may come with other line endings; the current text has only \n, and
// positions in both must count alike.
QString withLineFeeds(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

// Typing pauses this long before the comparison follows it.
constexpr int followEditsMs = 300;

} // namespace

CompareWindow::CompareWindow(ArticleSession &session, Notices &notices, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_session(session)
    , m_notices(notices)
    , m_runner(new CompareRunner(this))
    , m_header(new CompareHeader(this))
    , m_views(new CompareTextViews(this))
    , m_model(new CompareChangesModel(this))
    , m_list(new QTreeView(this))
    , m_actions(this)
{
    setObjectName(QStringLiteral("compareWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false); // File ▸ Compare With… opens it again as it was
    connectActions();

    m_list->setObjectName(QStringLiteral("compareChanges"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Widths from the font, not from the rows: sizing columns to a thousand changes would measure
    // every row each time the list is filled.
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CompareChangesModel::ChangeColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_list->fontMetrics();
    int kindWidth = 0;
    for (const auto kind :
         {Comparison::Entry::Kind::Added, Comparison::Entry::Kind::Deleted, Comparison::Entry::Kind::Replaced,
          Comparison::Entry::Kind::MovedAway, Comparison::Entry::Kind::MovedHere})
        kindWidth = std::max(kindWidth, metrics.horizontalAdvance(CompareChangesModel::kindName(kind)));
    header->resizeSection(CompareChangesModel::KindColumn, kindWidth + 3 * metrics.averageCharWidth());
    header->resizeSection(CompareChangesModel::LineColumn,
                          metrics.horizontalAdvance(QStringLiteral("00000")) + 2 * metrics.averageCharWidth());
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_views->showChange(current.row());
                updateActions();
            });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 820});
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    statusBar(); // made now: its arrival later with a message would lay the texts out again
    resize(1200, 800);

    connect(m_runner, &CompareRunner::finished, this, &CompareWindow::showResult);
    connect(m_header->swapAction(), &QAction::triggered, this, &CompareWindow::swapSides);
    connect(m_header, &CompareHeader::versionChosen, this, &CompareWindow::chooseVersion);
    connect(m_header, &CompareHeader::fileAsked, this, &CompareWindow::fileAsked);
    connect(&m_fetch, &QFutureWatcher<VersionText>::finished, this, [this] {
        const QString label = std::exchange(m_fetching, {});
        if (label.isEmpty() || m_fetch.future().resultCount() == 0)
            return;
        const VersionText fetched = m_fetch.result();
        if (!fetched.error.isEmpty())
            tell(fetched.error);
        else
            replaceOther({label, fetched.text});
    });
    m_edited.setObjectName(QStringLiteral("compareFollowEdits"));
    m_edited.setSingleShot(true);
    m_edited.setInterval(followEditsMs);
    connect(&m_edited, &QTimer::timeout, this, &CompareWindow::refreshIfChanged);
    connect(m_session.document(), &QTextDocument::contentsChanged, this, [this] {
        if (hasCurrentSide() && isVisible())
            m_edited.start();
    });
    connect(&m_session, &ArticleSession::stateChanged, this, &CompareWindow::updateActions);
    // Another article opens: a comparison with this one's text no longer means anything.
    connect(&m_session, &ArticleSession::aboutToLoad, this, [this] {
        if (hasCurrentSide())
            close();
    });
    updateActions();
    // Polished now, while the views are empty: polishing sets a view's font into its document,
    // which lays a long draft out again.
    ensurePolished();
}

CompareWindow::~CompareWindow()
{
    m_fetch.waitForFinished();
}

void CompareWindow::connectActions()
{
    const CompareActions &a = m_actions;
    connect(a.inlineMode, &QAction::triggered, this, [this] { setMode(Mode::Inline); });
    connect(a.sideBySide, &QAction::triggered, this, [this] { setMode(Mode::SideBySide); });
    connect(a.previous, &QAction::triggered, this, [this] { goToChange(false); });
    connect(a.next, &QAction::triggered, this, [this] { goToChange(true); });
    connect(a.restoreChange, &QAction::triggered, this, &CompareWindow::restoreChange);
    connect(a.restoreVersion, &QAction::triggered, this, &CompareWindow::restoreVersion);
    connect(a.suggestions, &QAction::triggered, this, &CompareWindow::suggestionsAsked);
    connect(a.undo, &QAction::triggered, this, [this] { m_session.document()->undo(); });
    connect(a.redo, &QAction::triggered, this, [this] { m_session.document()->redo(); });
    connect(a.close, &QAction::triggered, this, &QWidget::close);
    QToolBar *bar = addToolBar(tr("Compare"));
    bar->setObjectName(QStringLiteral("compareToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    a.fill(bar);
}

void CompareWindow::compareWithCurrent(const CompareSide &other)
{
    setSides({{other.label, withLineFeeds(other.text)}, false}, {{tr("Current text"), {}}, true});
}

void CompareWindow::compare(const CompareSide &before, const CompareSide &after)
{
    setSides({{before.label, withLineFeeds(before.text)}, false}, {{after.label, withLineFeeds(after.text)}, false});
}

void CompareWindow::replaceOther(const CompareSide &other)
{
    Side &side = m_before.current ? m_after : m_before;
    side = {{other.label, withLineFeeds(other.text)}, false};
    setSides(m_before, m_after);
}

void CompareWindow::setVersions(const QList<CompareVersion> &versions)
{
    m_versions = versions;
    QStringList labels;
    for (const CompareVersion &version : versions)
        labels.append(version.label);
    m_header->setVersions(labels);
}

void CompareWindow::chooseVersion(qsizetype index)
{
    if (index < 0 || index >= m_versions.size() || !m_versions.at(index).fetch)
        return;
    m_fetching = m_versions.at(index).label;
    tell(tr("Reading %1…").arg(m_fetching));
    m_fetch.setFuture(m_versions.at(index).fetch());
}

void CompareWindow::swapSides()
{
    setSides(m_after, m_before);
}

void CompareWindow::setSides(Side before, Side after)
{
    m_before = std::move(before);
    m_after = std::move(after);
    m_header->setSides(m_before.side.label, m_after.side.label);
    m_views->setSideLabels(m_before.side.label, m_after.side.label);
    setWindowTitle(tr("Compare: %1 → %2").arg(m_before.side.label, m_after.side.label));
    m_selectAfterRefresh = 0;
    refresh();
}

QString CompareWindow::currentText() const
{
    return m_session.text();
}

void CompareWindow::refresh()
{
    m_edited.stop();
    const QString before = m_before.current ? currentText() : m_before.side.text;
    const QString after = m_after.current ? currentText() : m_after.side.text;
    m_header->showComparing();
    m_runner->run(before, after, CompareStyle::of(*m_views->inlineView()));
    updateActions();
}

bool CompareWindow::comparedCurrentText() const
{
    const std::shared_ptr<const CompareResult> &shown = m_runner->result();
    if (!shown || !hasCurrentSide())
        return false;
    const QString &compared = currentIsAfter() ? shown->comparison.after() : shown->comparison.before();
    return compared == currentText();
}

void CompareWindow::refreshIfChanged()
{
    if (hasCurrentSide() && !m_runner->isRunning() && !comparedCurrentText())
        refresh();
}

void CompareWindow::showResult()
{
    const std::shared_ptr<const CompareResult> &shown = m_runner->result();
    if (!shown)
        return;
    const qsizetype row = std::exchange(m_selectAfterRefresh, -1);
    const qsizetype kept = m_list->currentIndex().row();
    m_views->show(shown);
    const CompareStyle style = CompareStyle::of(*m_views->inlineView());
    m_model->show(shown->comparison, style);
    m_header->show(shown->comparison, style);
    const qsizetype changes = shown->comparison.changes().size();
    if (row >= 0 && changes > 0) {
        setCurrentChange(std::min(row, changes - 1));
    } else if (kept >= 0 && kept < changes) {
        // The text was edited: the same row, and the views stay where the reader is.
        const QSignalBlocker quiet(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(int(kept), CompareChangesModel::KindColumn));
    }
    updateActions();
    Q_EMIT compared();
}

bool CompareWindow::isComparing() const
{
    return m_runner->isRunning();
}

qint64 CompareWindow::compareMilliseconds() const
{
    return m_runner->lastMilliseconds();
}

std::shared_ptr<const CompareResult> CompareWindow::result() const
{
    return m_runner->result();
}

void CompareWindow::setMode(Mode mode)
{
    m_views->setMode(mode);
    (mode == Mode::Inline ? m_actions.inlineMode : m_actions.sideBySide)->setChecked(true);
}

CompareWindow::Mode CompareWindow::mode() const
{
    return m_views->mode();
}

void CompareWindow::setTextFont(const QFont &font, int columnCharacters)
{
    const bool changed = font != m_views->inlineView()->font();
    m_views->setTextFont(font, columnCharacters);
    if (changed && m_runner->result())
        refresh(); // the documents carry the font they were built with
}

qsizetype CompareWindow::currentChange() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void CompareWindow::setCurrentChange(qsizetype index)
{
    if (index < 0 || index >= m_model->rowCount())
        return;
    const QModelIndex row = m_model->index(int(index), CompareChangesModel::KindColumn);
    if (m_list->currentIndex() == row)
        m_views->showChange(index);
    m_list->setCurrentIndex(row);
    m_list->scrollTo(row);
}

bool CompareWindow::goToChange(bool forward)
{
    const qsizetype count = m_model->rowCount();
    const qsizetype at = currentChange();
    const qsizetype next = at < 0 ? (forward ? 0 : count - 1) : at + (forward ? 1 : -1);
    if (count == 0 || next < 0 || next >= count) {
        tell(forward ? tr("No more changes after this one") : tr("No more changes before this one"));
        return false;
    }
    setCurrentChange(next);
    return true;
}

bool CompareWindow::restoreChange()
{
    const qsizetype index = currentChange();
    if (!hasCurrentSide() || index < 0)
        return false;
    if (!comparedCurrentText()) {
        tell(tr("The text changed since it was compared; compared again. Choose the change once more."));
        refresh();
        return false;
    }
    const std::shared_ptr<const CompareResult> shown = m_runner->result();
    const QList<TextEdit> edits = shown->comparison.restoring(index, currentIsAfter());
    if (edits.isEmpty() || !m_session.apply(edits, EditOrigin::Restore)) {
        tellNotApplied();
        return false;
    }
    const QString excerpt = shown->comparison.entries().at(index).excerpt;
    tell(m_session.isSuggesting() ? tr("Suggested putting back “%1” (Ctrl+Z undoes it)").arg(excerpt)
                                  : tr("Restored “%1” (Ctrl+Z undoes it)").arg(excerpt));
    m_selectAfterRefresh = index; // the next change takes its place in the list
    refresh();
    return true;
}

bool CompareWindow::restoreVersion()
{
    if (!hasCurrentSide())
        return false;
    if (!comparedCurrentText()) {
        tell(tr("The text changed since it was compared; compared again. Restore once more if you still want to."));
        refresh();
        return false;
    }
    const QList<TextEdit> edits = m_runner->result()->comparison.restoringAll(currentIsAfter());
    if (edits.isEmpty()) {
        tell(tr("The current text is already “%1”").arg(otherSide().label));
        return false;
    }
    if (!m_session.apply(edits, EditOrigin::Restore)) {
        tellNotApplied();
        return false;
    }
    const QString label = otherSide().label;
    const QString said = m_session.isSuggesting()
        ? tr("Every difference from “%1” is now suggested, signed %2. Edit ▸ Undo (Ctrl+Z) takes the suggestions "
             "back.")
              .arg(label, m_session.reviewer())
        : tr("The text is now as in “%1”. Edit ▸ Undo (Ctrl+Z) brings back the text as it was.").arg(label);
    m_notices.banner(said, MessageBar::Level::Info);
    tell(said);
    m_selectAfterRefresh = 0;
    refresh();
    return true;
}

void CompareWindow::updateActions()
{
    const std::shared_ptr<const CompareResult> &shown = m_runner->result();
    const bool any = shown && !shown->comparison.changes().isEmpty();
    const bool different = shown && !shown->comparison.isSame();
    const bool editable = hasCurrentSide() && m_session.isEditable() && !m_session.isLoading();
    m_actions.previous->setEnabled(any);
    m_actions.next->setEnabled(any);
    m_actions.restoreChange->setEnabled(editable && any && currentChange() >= 0);
    m_actions.restoreVersion->setEnabled(editable && different);
    m_actions.suggestions->setEnabled(editable && different);
}

void CompareWindow::tellNotApplied()
{
    // In suggest mode the window's status bar says why the suggestion was refused.
    tell(m_session.isSuggesting() ? tr("Suggest mode could not record this as a suggestion; nothing was changed.")
                                  : tr("The text cannot be changed now; nothing was changed."));
}

void CompareWindow::tell(const QString &message)
{
    m_message = message;
    statusBar()->showMessage(message, Notices::statusTimeoutMs * 2);
}

} // namespace Byline::WidgetUi
