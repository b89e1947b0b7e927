#include "librarymodel.h"

#include <QColor>
#include <QDate>
#include <QFileInfo>
#include <QLocale>

namespace Byline::WidgetUi {

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LibraryModel::setArticles(const QList<Core::ArticleSummary> &articles)
{
    beginResetModel();
    m_articles = articles;
    endResetModel();
}

int LibraryModel::rowOf(const QString &path) const
{
    for (qsizetype row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row).path == path)
            return int(row);
    }
    return -1;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_articles.size())
        return {};
    const Core::ArticleSummary &a = m_articles.at(index.row());
    switch (role) {
    case PathRole:
        return a.path;
    case TagsRole:
        return a.tags;
    case Qt::ToolTipRole: {
        QString tip = a.path;
        if (!a.tags.isEmpty())
            tip += QLatin1Char('\n') + tr("Tags: %1").arg(a.tags.join(QLatin1String(", ")));
        if (!a.redirect.isEmpty())
            tip += QLatin1Char('\n') + tr("Only points to %1").arg(a.redirect);
        if (a.underReview())
            tip += QLatin1Char('\n')
                + tr("Under review: %1, %2")
                      .arg(tr("%n suggestions", nullptr, a.suggestions),
                           tr("%n open comment threads", nullptr, a.comments));
        if (!a.error.isEmpty())
            tip += QLatin1Char('\n') + tr("Problem: %1").arg(a.error);
        return tip;
    }
    case Qt::ForegroundRole:
        if (!a.error.isEmpty() && index.column() == Title)
            return QColor(Qt::red);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Words ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (index.column() == Words)
            return a.words;
        if (index.column() == Title)
            return a.title.toLower();
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            // ⚠ a problem to fix; ✎ suggestions or comments waiting for a decision.
            return QString((a.error.isEmpty() ? QString() : QStringLiteral("⚠ "))
                           + (a.underReview() ? QStringLiteral("✎ ") : QString()) + a.title);
        case Author:
            return a.author;
        case Status:
            return a.status;
        case Date:
            return a.date.left(10);
        case Words:
            return a.targetWords > 0 ? tr("%1 / %2").arg(a.words).arg(a.targetWords) : QString::number(a.words);
        case Deadline:
            return a.deadline.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Author:
        return tr("Author");
    case Status:
        return tr("Status");
    case Date:
        return tr("Date");
    case Words:
        return tr("Words");
    case Deadline:
        return tr("Deadline");
    default:
        return {};
    }
}

} // namespace Byline::WidgetUi
