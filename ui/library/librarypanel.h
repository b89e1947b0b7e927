#pragma once

#include <library/libraryindex.h>

#include <QFileSystemWatcher>
#include <QThread>
#include <QTimer>
#include <QWidget>

class QAbstractItemDelegate;
class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTableView;

namespace Byline::Core {
class LibraryWorker;
}

namespace Byline::WidgetUi {

class LibraryFilter;
class LibraryModel;

// The library sidebar: the articles of a library folder as a sortable table with a filter row
// (status, tag, author), and a search box whose ranked results, with their snippets, follow the
// typing. The index lives on a thread of its own and follows the folder while the window is open.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    explicit LibraryPanel(QWidget *parent = nullptr);
    ~LibraryPanel() override;

    // Shows the library in `folder`: the articles the index knows at once (for a new library, the
    // files by name while the index is built), all listed off the UI thread.
    void setFolder(const QString &folder, const QString &databasePath = {});
    [[nodiscard]] QString folder() const { return m_folder; }
    // The articles' absolute paths, in the table's order.
    [[nodiscard]] QStringList files() const;
    void selectFile(const QString &path);

    // Reads these files (absolute paths) into the index now, after the window changed them.
    void refreshFiles(const QStringList &paths);
    // The library's folders relative to it, "" for the top, as last listed.
    [[nodiscard]] QStringList folders() const { return m_folders; }
    // The status an article's front matter gives, as last indexed.
    [[nodiscard]] QString statusOf(const QString &path) const;
    // What can be done to an article (its absolute path; empty: to the library), as its context menu.
    [[nodiscard]] QMenu *articleMenu(const QString &path, QWidget *parent);
    // The articles selected in the table, or among the search results when they are shown.
    [[nodiscard]] QStringList selectedFiles() const;
    // The search results' articles, best first; empty when no search is shown.
    [[nodiscard]] QStringList resultFiles() const;

    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QListWidget *results() const { return m_results; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_status; }
    [[nodiscard]] QString stateText() const;
    // True once the index has been brought up to date with the folder.
    [[nodiscard]] bool isIndexed() const { return m_indexed; }

Q_SIGNALS:
    // The table holds the library's articles (again); emitted after every listing.
    void articlesListed();
    void fileActivated(const QString &path);
    // A search result was opened: the article, and the first word the search matched in it.
    void matchActivated(const QString &path, const QString &word);
    void indexUpdated(const Byline::Core::IndexReport &report);
    // The user asked for a change to the library's files; the window carries it out.
    void newArticleRequested(const QString &folder);
    void renameRequested(const QString &path);
    void moveRequested(const QString &path);
    void trashRequested(const QString &path);
    void statusRequested(const QString &path, const QString &status);
    void exportRequested(const QStringList &paths);

private:
    void startSearch();
    void showArticles(const QString &folder, const QList<Core::ArticleSummary> &articles, const QStringList &folders);
    void showResults(quint64 generation, const QList<Core::SearchHit> &hits, const QStringList &notes);
    void showUpdate(const QString &folder, const Core::IndexReport &report);
    void refillFilters();
    void applyFilters();
    void openResult(int row);
    // The absolute path of the search result in `row`.
    [[nodiscard]] QString resultPath(int row) const;
    void showContextMenu(QAbstractItemView *view, const QPoint &position);
    // "Export…" for the article (or the selection holding it) and for everything listed.
    void addExportActions(QMenu *menu, const QString &path);
    [[nodiscard]] QString absolute(const QString &relative) const;
    // Draws a result: title, facts and the snippet with its marked words.
    [[nodiscard]] static QAbstractItemDelegate *resultDelegate(QObject *parent);

    QString m_folder;
    QStringList m_folders;
    QString m_selected; // the article shown, relative to the folder
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
    QThread m_thread;
    Core::LibraryWorker *m_worker;
    QFileSystemWatcher m_watcher;
    QTimer m_refresh;
    QTimer m_typing;
    quint64 m_generation = 0;
    bool m_indexed = false;
    QString m_progress;
    QString m_summary; // what the state line says when no search is shown
};

} // namespace Byline::WidgetUi
