#pragma once

#include <library/libraryindex.h>
#include <ui/common/syncmark.h>

#include <QAbstractTableModel>

namespace Byline::WidgetUi {

// The articles of a library as a table: title, author, status, date, words, deadline.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Column { Title, Author, Status, Date, Words, Deadline, Sync, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int TagsRole = Qt::UserRole + 3;

    explicit LibraryModel(QObject *parent = nullptr);

    void setArticles(const QList<Core::ArticleSummary> &articles);
    [[nodiscard]] const QList<Core::ArticleSummary> &articles() const { return m_articles; }
    [[nodiscard]] int rowOf(const QString &path) const;
    // How each article stands with the shared library's remote (none when it is not shared).
    void setSyncMarks(const SyncMarks &marks);
    [[nodiscard]] const SyncMarks &syncMarks() const { return m_marks; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] const SyncMark *markOf(const Core::ArticleSummary &article) const;

    QList<Core::ArticleSummary> m_articles;
    SyncMarks m_marks;
};

} // namespace Byline::WidgetUi
