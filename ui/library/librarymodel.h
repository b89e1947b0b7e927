#pragma once

#include <library/libraryindex.h>

#include <QAbstractTableModel>

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

} // namespace Byline::WidgetUi
