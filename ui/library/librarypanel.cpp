#include "librarypanel.h"

#include "libraryfilter.h"
#include "librarymodel.h"
#include "libraryservice.h"
#include "resultdelegate.h"

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

#include <algorithm>

namespace Byline::WidgetUi {

namespace {

constexpr int typingPauseMs = 120;
constexpr int searchLimit = 50;
constexpr int MatchRole = Qt::UserRole + 11;
constexpr int PathRole = Qt::UserRole + 12;

void fill(QComboBox *box, const QString &any, QStringList values)
{
    const QString current = box->currentData().toString();
    values.removeAll(QString());
    values.removeDuplicates();
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    box->clear();
    box->addItem(any, QString());
    for (const QString &value : std::as_const(values))
        box->addItem(value, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

LibraryPanel::LibraryPanel(LibraryService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
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
{
    setObjectName(QStringLiteral("library"));
    setAccessibleName(tr("Library"));
    setMinimumWidth(280);

    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: words, \"a phrase\", author:, tag:, status:, after:2024"));
    m_search->setToolTip(tr("All words must match; \"exact phrase\"; a OR b; -leave out; prefix*;\n"
                            "title: author: tag: status: lang:; after:2011-01-01 before:2012; sort:date;\n"
                            "has:suggestions has:comments reviewer:name (articles under review).\n"
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
    m_table->setColumnHidden(LibraryModel::Sync, true); // until the library is shared
    m_results->setItemDelegate(new ResultDelegate(m_results));
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
    connect(newArticle, &QToolButton::clicked, this, [this] { Q_EMIT newArticleRequested(m_service.folder()); });
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

    connect(&m_service, &LibraryService::folderChanged, this, &LibraryPanel::showFolder);
    connect(&m_service, &LibraryService::listed, this, &LibraryPanel::showArticles);
    connect(&m_service, &LibraryService::updated, this, &LibraryPanel::showUpdate);
    connect(&m_service, &LibraryService::searched, this, &LibraryPanel::showResults);
    connect(&m_service, &LibraryService::progress, this,
            [this](int done, int total) { m_state->setText(tr("Indexing %1 of %2 articles…").arg(done).arg(total)); });
    connect(&m_service, &LibraryService::failed, m_state, &QLabel::setText);

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

    const auto activate = [this](const QModelIndex &index) {
        m_selected = index.data(LibraryModel::PathRole).toString();
        Q_EMIT fileActivated(m_service.absolute(m_selected));
    };
    connect(m_table, &QAbstractItemView::activated, this, activate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, activate](const QModelIndex &current) {
                // Extending a selection (Shift, Ctrl) picks articles without opening each one.
                if (current.isValid() && m_table->selectionModel()->selectedRows().size() <= 1)
                    activate(current);
            });
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_table), static_cast<QAbstractItemView *>(m_results)}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &position) { requestContextMenu(view, position); });
    }
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openResult(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { openResult(m_results->row(item)); });
}

void LibraryPanel::showFolder()
{
    m_selected.clear();
    m_summary.clear();
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setArticles({});
    }
    m_state->setText(tr("Reading the library…"));
    if (!m_search->text().trimmed().isEmpty())
        startSearch();
}

QStringList LibraryPanel::files() const
{
    QStringList paths;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        paths.append(m_service.absolute(m_filter->index(row, 0).data(LibraryModel::PathRole).toString()));
    return paths;
}

void LibraryPanel::selectFile(const QString &path)
{
    const QString relative = QDir(m_service.folder()).relativeFilePath(path);
    m_selected = path.isEmpty() ? QString() : relative;
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

QStringList LibraryPanel::selectedFiles() const
{
    QStringList paths;
    if (m_pages->currentWidget() == m_results) {
        for (const QModelIndex &index : m_results->selectionModel()->selectedRows())
            paths.append(resultPath(index.row()));
        return paths;
    }
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::ranges::sort(rows, [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        paths.append(m_service.absolute(index.data(LibraryModel::PathRole).toString()));
    return paths;
}

QStringList LibraryPanel::resultFiles() const
{
    QStringList paths;
    if (m_pages->currentWidget() != m_results)
        return paths;
    for (int row = 0; row < m_results->count(); ++row)
        paths.append(resultPath(row));
    return paths;
}

ArticleSelection LibraryPanel::selectionFor(const QString &clicked) const
{
    const QStringList results = resultFiles();
    return {clicked, selectedFiles(), results.isEmpty() ? files() : results, !results.isEmpty(), m_service.folder()};
}

void LibraryPanel::setSyncMarks(const SyncMarks &marks, bool shared)
{
    m_shared = shared;
    m_model->setSyncMarks(marks);
    m_table->setColumnHidden(LibraryModel::Sync, !shared);
}

QString LibraryPanel::stateText() const
{
    return m_state->text();
}

void LibraryPanel::showArticles(const QList<Core::ArticleSummary> &articles)
{
    // The filters' lists change only when a status, a tag or an author does.
    const QList<Core::ArticleSummary> &before = m_model->articles();
    const bool sameChoices = before.size() == articles.size()
        && std::equal(articles.cbegin(), articles.cend(), before.cbegin(),
                      [](const Core::ArticleSummary &a, const Core::ArticleSummary &b) {
                          return a.status == b.status && a.tags == b.tags && a.author == b.author;
                      });
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setArticles(articles);
    }
    m_table->setColumnHidden(LibraryModel::Sync, !m_shared); // a reset model shows every column again
    if (!m_selected.isEmpty())
        selectFile(m_service.absolute(m_selected));
    if (!sameChoices)
        refillFilters();
    Q_EMIT articlesListed();
}

void LibraryPanel::showUpdate(const Core::IndexReport &report)
{
    QString text = tr("%n article(s)", nullptr, m_model->rowCount());
    if (!report.failed.isEmpty())
        text += tr("; %1 with problems (marked ⚠)").arg(report.failed.size());
    if (report.rebuilt)
        text += QLatin1Char('\n') + tr("The search index was built anew: %1.").arg(report.notice);
    m_summary = text;
    if (m_search->text().trimmed().isEmpty())
        m_state->setText(text);
    if (report.changed() && !m_search->text().trimmed().isEmpty())
        startSearch();
}

void LibraryPanel::refillFilters()
{
    QStringList statuses;
    QStringList tags;
    QStringList authors;
    for (const Core::ArticleSummary &article : m_model->articles()) {
        statuses.append(article.status);
        tags += article.tags;
        authors.append(article.author);
    }
    fill(m_status, tr("Any status"), statuses);
    fill(m_tag, tr("Any tag"), tags);
    fill(m_author, tr("Any author"), authors);
}

void LibraryPanel::applyFilters()
{
    m_filter->setFilters(m_status->currentData().toString(), m_tag->currentData().toString(),
                         m_author->currentData().toString());
    if (!m_search->text().trimmed().isEmpty())
        startSearch();
}

void LibraryPanel::startSearch()
{
    QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_pages->setCurrentWidget(m_table);
        if (!m_summary.isEmpty())
            m_state->setText(m_summary);
        return;
    }
    // The filter row narrows a search as it narrows the table.
    const auto quoted = [](const QString &value) -> QString {
        return QLatin1Char('"') + QString(value).remove(QLatin1Char('"')) + QLatin1Char('"');
    };
    if (!m_status->currentData().toString().isEmpty())
        text += QLatin1String(" status:") + quoted(m_status->currentData().toString());
    if (!m_tag->currentData().toString().isEmpty())
        text += QLatin1String(" tag:") + quoted(m_tag->currentData().toString());
    if (!m_author->currentData().toString().isEmpty())
        text += QLatin1String(" author:") + quoted(m_author->currentData().toString());
    m_awaitedSearch = m_service.search(text, searchLimit);
}

void LibraryPanel::showResults(quint64 search, const QList<Core::SearchHit> &hits, const QStringList &notes)
{
    if (search != m_awaitedSearch || m_search->text().trimmed().isEmpty())
        return;
    m_results->clear();
    for (const Core::SearchHit &hit : hits) {
        const Core::ArticleSummary &a = hit.article;
        QStringList facts;
        for (const QString &fact : {a.author, a.date.left(10), a.status}) {
            if (!fact.isEmpty())
                facts.append(fact.toHtmlEscaped());
        }
        facts.append(tr("%n word(s)", nullptr, a.words));
        auto *item = new QListWidgetItem(m_results);
        item->setData(ResultDelegate::HtmlRole,
                      QStringLiteral("<b>%1</b><br><span class=\"facts\">%2</span><br>%3")
                          .arg(a.title.toHtmlEscaped(), facts.join(QStringLiteral(" · ")), hit.snippet));
        item->setData(MatchRole, hit.firstMatch);
        item->setData(PathRole, a.path);
        item->setToolTip(a.path);
        item->setText(a.title); // for accessibility and keyboard search
    }
    m_pages->setCurrentWidget(m_results);
    QString state = hits.isEmpty()   ? tr("No articles match.")
        : hits.size() >= searchLimit ? tr("The %1 best matches.").arg(hits.size())
                                     : tr("%n match(es).", nullptr, int(hits.size()));
    if (!notes.isEmpty())
        state += QLatin1Char(' ') + tr("Left out: %1.").arg(notes.join(QLatin1String("; ")));
    m_state->setText(state);
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

QString LibraryPanel::resultPath(int row) const
{
    const QListWidgetItem *item = m_results->item(row);
    return item ? m_service.absolute(item->data(PathRole).toString()) : QString();
}

void LibraryPanel::openResult(int row)
{
    if (const QListWidgetItem *item = m_results->item(row))
        Q_EMIT matchActivated(resultPath(row), item->data(MatchRole).toString());
}

void LibraryPanel::requestContextMenu(QAbstractItemView *view, const QPoint &position)
{
    const QModelIndex index = view->indexAt(position);
    QString path;
    if (index.isValid())
        path = view == m_table ? m_service.absolute(index.data(LibraryModel::PathRole).toString())
                               : resultPath(index.row());
    Q_EMIT contextMenuRequested(selectionFor(path), view->viewport()->mapToGlobal(position));
}

} // namespace Byline::WidgetUi
