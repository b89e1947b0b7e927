#include "libraryfilter.h"

#include "librarymodel.h"

namespace Byline::WidgetUi {

LibraryFilter::LibraryFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LibraryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void LibraryFilter::setFilters(const QString &status, const QString &tag, const QString &author)
{
    m_status = status;
    m_tag = tag;
    m_author = author;
    invalidateFilter();
}

bool LibraryFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_status.isEmpty() && model->index(row, LibraryModel::Status, parent).data().toString() != m_status)
        return false;
    if (!m_author.isEmpty() && !model->index(row, LibraryModel::Author, parent).data().toString().contains(m_author))
        return false;
    if (!m_tag.isEmpty() && !model->index(row, 0, parent).data(LibraryModel::TagsRole).toStringList().contains(m_tag))
        return false;
    return true;
}

} // namespace Byline::WidgetUi
