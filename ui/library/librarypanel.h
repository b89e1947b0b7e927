#pragma once

#include <library/libraryindex.h>
#include <ui/common/articleselection.h>
#include <ui/common/syncmark.h>

#include <QTimer>
#include <QWidget>

class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTableView;

namespace Byline::WidgetUi {

class LibraryFilter;
class LibraryModel;
class LibraryService;

// The library sidebar: the articles of the open library as a sortable table with a filter row
// (status, tag, author), and a search box whose ranked results, with their snippets, follow the
// typing. It shows what LibraryService lists and finds; what can be done to an article is the
// LibraryController's, which builds the context menu this panel asks for.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    explicit LibraryPanel(LibraryService &service, QWidget *parent = nullptr);

    [[nodiscard]] LibraryService &service() const { return m_service; }
    // The articles' absolute paths, in the table's order.
    [[nodiscard]] QStringList files() const;
    // Marks the article shown in the editor (kept when the list is read again, even if not listed yet).
    void selectFile(const QString &path);
    // The articles selected in the table, or among the search results when they are shown.
    [[nodiscard]] QStringList selectedFiles() const;
    // The search results' articles, best first; empty when no search is shown.
    [[nodiscard]] QStringList resultFiles() const;
    // What a menu opened on `clicked` (an absolute path, or empty) acts on.
    [[nodiscard]] ArticleSelection selectionFor(const QString &clicked) const;

    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QListWidget *results() const { return m_results; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_status; }
    [[nodiscard]] QString stateText() const;
    // A shared library's sync state per article: a mark beside each title and a Sync column,
    // shown while the library is shared (`shared`).
    void setSyncMarks(const SyncMarks &marks, bool shared);

Q_SIGNALS:
    // The table holds the library's articles (again); emitted after every listing.
    void articlesListed();
    void fileActivated(const QString &path);
    // A search result was opened: the article, and the first word the search matched in it.
    void matchActivated(const QString &path, const QString &word);
    void newArticleRequested(const QString &folder);
    void contextMenuRequested(const Byline::WidgetUi::ArticleSelection &selection, const QPoint &globalPosition);

private:
    void showFolder();
    void showArticles(const QList<Core::ArticleSummary> &articles);
    void showUpdate(const Core::IndexReport &report);
    void startSearch();
    void showResults(quint64 search, const QList<Core::SearchHit> &hits, const QStringList &notes);
    void refillFilters();
    void applyFilters();
    void openResult(int row);
    [[nodiscard]] QString resultPath(int row) const;
    void requestContextMenu(QAbstractItemView *view, const QPoint &position);

    LibraryService &m_service;
    QString m_selected; // the article shown, relative to the library
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_tag;
    QComboBox *m_author;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QListWidget *m_results;
    QLabel *m_state;
    LibraryModel *m_model;
    LibraryFilter *m_filter;
    QTimer m_typing;
    quint64 m_awaitedSearch = 0;
    QString m_summary; // what the state line says when no search is shown
    bool m_shared = false; // the library is shared: the Sync column shows
};

} // namespace Byline::WidgetUi
