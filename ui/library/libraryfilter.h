#pragma once

#include <QSortFilterProxyModel>

namespace Byline::WidgetUi {

// The filter row: status, tag and author ("" for any).
class LibraryFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryFilter)

public:
    explicit LibraryFilter(QObject *parent = nullptr);
    void setFilters(const QString &status, const QString &tag, const QString &author);

protected:
    [[nodiscard]] bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_status;
    QString m_tag;
    QString m_author;
};

} // namespace Byline::WidgetUi
