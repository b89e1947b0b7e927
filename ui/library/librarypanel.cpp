#include "librarypanel.h"

#include "librarymodel.h"

#include <library/libraryworker.h>

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Byline::WidgetUi {

namespace {

constexpr int typingPauseMs = 120;
constexpr int refreshDelayMs = 400;

} // namespace

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_author(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_results(new QListWidget(this))
    , m_state(new QLabel(this))
    , m_model(new LibraryModel(this))
    , m_filter(new LibraryFilter(this))
    , m_worker(new Core::LibraryWorker)
{
    setObjectName(QStringLiteral("library"));
    setAccessibleName(tr("Library"));
    setMinimumWidth(280);

    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: words, \"a phrase\", author:, tag:, status:, after:2024"));
    m_search->setToolTip(tr("All words must match; \"exact phrase\"; a OR b; -leave out; prefix*;\n"
                            "title: author: tag: status: lang:; after:2011-01-01 before:2012; sort:date.\n"
                            "Enter opens the first result at its first match."));
    for (QComboBox *box : {m_status, m_tag, m_author}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    m_status->setAccessibleName(tr("Status filter"));
    m_tag->setAccessibleName(tr("Tag filter"));
    m_author->setAccessibleName(tr("Author filter"));

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several, for export
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_results->setItemDelegate(resultDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_results);
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("libraryState"));

    auto *newArticle = new QToolButton(this);
    newArticle->setObjectName(QStringLiteral("newArticle"));
    newArticle->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    newArticle->setText(tr("New"));
    newArticle->setToolButtonStyle(newArticle->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    newArticle->setToolTip(tr("New article in the library, from its template"));
    newArticle->setAccessibleName(tr("New article"));
    connect(newArticle, &QToolButton::clicked, this, [this] { Q_EMIT newArticleRequested(m_folder); });
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(newArticle);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_status);
    filters->addWidget(m_tag);
    filters->addWidget(m_author);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_state);
    refillFilters();

    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("library index"));
    m_thread.start();
    connect(m_worker, &Core::LibraryWorker::listed, this, &LibraryPanel::showArticles);
    connect(m_worker, &Core::LibraryWorker::updated, this, &LibraryPanel::showUpdate);
    connect(m_worker, &Core::LibraryWorker::searched, this, &LibraryPanel::showResults);
    connect(m_worker, &Core::LibraryWorker::progress, this, [this](int done, int total) {
        m_progress = tr("Indexing %1 of %2 articles…").arg(done).arg(total);
        m_state->setText(m_progress);
    });
    connect(m_worker, &Core::LibraryWorker::failed, this,
            [this](const QString &, const QString &error) { m_state->setText(error); });

    m_typing.setSingleShot(true);
    m_typing.setInterval(typingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &LibraryPanel::startSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing.stop();
        startSearch();
        if (m_results->count() > 0)
            openResult(0);
    });
    for (QComboBox *box : {m_status, m_tag, m_author})
        connect(box, &QComboBox::activated, this, &LibraryPanel::applyFilters);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(refreshDelayMs);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_refresh, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_refresh, qOverload<>(&QTimer::start));
    connect(&m_refresh, &QTimer::timeout, m_worker, &Core::LibraryWorker::refresh);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        m_selected = index.data(LibraryModel::PathRole).toString();
        Q_EMIT fileActivated(absolute(index.data(LibraryModel::PathRole).toString()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // Extending a selection (Shift, Ctrl) picks articles without opening each one.
                if (!current.isValid() || m_table->selectionModel()->selectedRows().size() > 1)
                    return;
                m_selected = current.data(LibraryModel::PathRole).toString();
                Q_EMIT fileActivated(absolute(current.data(LibraryModel::PathRole).toString()));
            });
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_table), static_cast<QAbstractItemView *>(m_results)}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &position) { showContextMenu(view, position); });
    }
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openResult(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { openResult(m_results->row(item)); });
}

LibraryPanel::~LibraryPanel()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

QString LibraryPanel::absolute(const QString &relative) const
{
    return QDir(m_folder).filePath(relative);
}

void LibraryPanel::setFolder(const QString &folder, const QString &databasePath)
{
    m_folder = QDir(folder).absolutePath();
    m_indexed = false;
    m_selected.clear();
    {
        // Listed by the worker: from the index at once, or by file name while a new index is built.
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setArticles({});
    }
    m_worker->cancel();
    m_state->setText(tr("Reading the library…"));
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, folder = m_folder, databasePath] { worker->open(folder, databasePath); });
    if (!m_search->text().trimmed().isEmpty())
        startSearch();
}

QStringList LibraryPanel::files() const
{
    QStringList paths;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        paths.append(absolute(m_filter->index(row, 0).data(LibraryModel::PathRole).toString()));
    return paths;
}

void LibraryPanel::selectFile(const QString &path)
{
    const QString relative = QDir(m_folder).relativeFilePath(path);
    m_selected = path.isEmpty() ? QString() : relative; // kept when the list is read again, even if not listed yet
    const int row = m_model->rowOf(relative);
    const QSignalBlocker blocker(m_table->selectionModel());
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void LibraryPanel::refreshFiles(const QStringList &paths)
{
    QStringList relative;
    for (const QString &path : paths)
        relative.append(QDir(m_folder).relativeFilePath(path));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, relative] { worker->updateFiles(relative); });
}

QString LibraryPanel::stateText() const
{
    return m_state->text();
}

void LibraryPanel::showArticles(const QString &folder, const QList<Core::ArticleSummary> &articles,
                                const QStringList &folders)
{
    if (folder != m_folder)
        return;
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setArticles(articles);
    }
    if (!m_selected.isEmpty())
        selectFile(absolute(m_selected));
    refillFilters();
    Q_EMIT articlesListed();
    // Folders are watched for files coming, going and being replaced (editors save by renaming).
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_folders = folders;
    QStringList paths;
    for (const QString &sub : folders)
        paths.append(sub.isEmpty() ? m_folder : absolute(sub));
    m_watcher.addPaths(paths);
}

void LibraryPanel::showUpdate(const QString &folder, const Core::IndexReport &report)
{
    if (folder != m_folder)
        return;
    m_indexed = !report.cancelled;
    QString text = tr("%1 articles").arg(m_model->rowCount());
    if (!report.failed.isEmpty())
        text += tr("; %1 with problems (marked ⚠)").arg(report.failed.size());
    if (report.rebuilt)
        text += QLatin1Char('\n') + tr("The search index was built anew: %1.").arg(report.notice);
    m_summary = text;
    if (m_search->text().trimmed().isEmpty())
        m_state->setText(text);
    if (report.changed() && !m_search->text().trimmed().isEmpty())
        startSearch();
    Q_EMIT indexUpdated(report);
}

} // namespace Byline::WidgetUi
