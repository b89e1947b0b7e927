#pragma once

#include <library/libraryindex.h>

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Byline::WidgetUi {

// The articles of a library as a table: title, author, status, date, words, deadline.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Column { Title, Author, Status, Date, Words, Deadline, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int TagsRole = Qt::UserRole + 3;

    explicit LibraryModel(QObject *parent = nullptr);

    void setArticles(const QList<Core::ArticleSummary> &articles);
    [[nodiscard]] const QList<Core::ArticleSummary> &articles() const { return m_articles; }
    [[nodiscard]] int rowOf(const QString &path) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Core::ArticleSummary> m_articles;
};

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
