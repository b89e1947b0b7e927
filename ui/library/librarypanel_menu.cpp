// LibraryPanel: the context menu of an article — open, new, rename, move, status, export, trash.
#include "librarymodel.h"
#include "librarypanel.h"

#include <library/libraryfiles.h>

#include <QActionGroup>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>

namespace Byline::WidgetUi {

QString LibraryPanel::statusOf(const QString &path) const
{
    const int row = m_model->rowOf(QDir(m_folder).relativeFilePath(path));
    return row < 0 ? QString() : m_model->articles().at(row).status;
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
        paths.append(absolute(index.data(LibraryModel::PathRole).toString()));
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

void LibraryPanel::addExportActions(QMenu *menu, const QString &path)
{
    const QStringList selected = selectedFiles();
    if (!path.isEmpty() && selected.size() > 1 && selected.contains(path)) {
        menu->addAction(tr("E&xport %1 Selected Articles…").arg(selected.size()), this,
                        [this, selected] { Q_EMIT exportRequested(selected); });
    } else if (!path.isEmpty()) {
        menu->addAction(tr("E&xport…"), this, [this, path] { Q_EMIT exportRequested({path}); });
    }
    const QStringList results = resultFiles();
    const QStringList listed = results.isEmpty() ? files() : results;
    if (listed.size() > 1) {
        menu->addAction(results.isEmpty() ? tr("Export All %1 Listed Articles…").arg(listed.size())
                                          : tr("Export All %1 Results…").arg(listed.size()),
                        this, [this, listed] { Q_EMIT exportRequested(listed); });
    }
}

QMenu *LibraryPanel::articleMenu(const QString &path, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString folder = path.isEmpty() ? m_folder : QFileInfo(path).absolutePath();
    if (!path.isEmpty()) {
        menu->addAction(tr("&Open"), this, [this, path] { Q_EMIT fileActivated(path); });
        menu->addSeparator();
    }
    menu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Article Here…"), this,
                    [this, folder] { Q_EMIT newArticleRequested(folder); });
    if (path.isEmpty()) {
        addExportActions(menu, path);
        return menu;
    }
    menu->addAction(tr("&Rename…"), this, [this, path] { Q_EMIT renameRequested(path); });
    menu->addAction(tr("&Move to Folder…"), this, [this, path] { Q_EMIT moveRequested(path); });

    // The workflow's statuses first, then any others the library uses; the article's own is checked.
    QMenu *statusMenu = menu->addMenu(tr("&Status"));
    const QString current = statusOf(path);
    QStringList statuses = Core::LibraryFiles::workflowStatuses();
    QStringList others;
    for (const Core::ArticleSummary &article : m_model->articles()) {
        if (!article.status.isEmpty() && !statuses.contains(article.status) && !others.contains(article.status))
            others.append(article.status);
    }
    std::sort(others.begin(), others.end());
    auto *group = new QActionGroup(statusMenu);
    const auto addStatus = [&](const QString &status) {
        QAction *action
            = statusMenu->addAction(status, this, [this, path, status] { Q_EMIT statusRequested(path, status); });
        action->setCheckable(true);
        action->setChecked(status == current);
        group->addAction(action);
    };
    for (const QString &status : std::as_const(statuses))
        addStatus(status);
    if (!others.isEmpty())
        statusMenu->addSeparator();
    for (const QString &status : std::as_const(others))
        addStatus(status);

    menu->addAction(tr("Show in &File Manager"), this,
                    [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    menu->addSeparator();
    addExportActions(menu, path);
    menu->addSeparator();
    menu->addAction(QIcon::fromTheme(QStringLiteral("user-trash")), tr("Move to &Trash…"), this,
                    [this, path] { Q_EMIT trashRequested(path); });
    return menu;
}

void LibraryPanel::showContextMenu(QAbstractItemView *view, const QPoint &position)
{
    const QModelIndex index = view->indexAt(position);
    QString path;
    if (index.isValid()) {
        path = view == m_table ? absolute(index.data(LibraryModel::PathRole).toString()) : resultPath(index.row());
    }
    articleMenu(path, this)->popup(view->viewport()->mapToGlobal(position));
}

} // namespace Byline::WidgetUi
