#include "librarymodel.h"

#include <QColor>
#include <QDate>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace Byline::WidgetUi {

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LibraryModel::setArticles(const QList<Core::ArticleSummary> &articles)
{
    // The same articles in the same order, a few of them changed (a save, a sync): only those rows
    // change, so a library of thousands is not sorted and laid out again for one article.
    const bool sameRows = articles.size() == m_articles.size()
        && std::equal(articles.cbegin(), articles.cend(), m_articles.cbegin(),
                      [](const Core::ArticleSummary &a, const Core::ArticleSummary &b) { return a.path == b.path; });
    if (!sameRows) {
        beginResetModel();
        m_articles = articles;
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < articles.size(); ++row) {
        if (articles.at(row) == m_articles.at(row))
            continue;
        m_articles[row] = articles.at(row);
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

int LibraryModel::rowOf(const QString &path) const
{
    for (qsizetype row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row).path == path)
            return int(row);
    }
    return -1;
}

void LibraryModel::setSyncMarks(const SyncMarks &marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    if (!m_articles.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_articles.size()) - 1, ColumnCount - 1));
}

const SyncMark *LibraryModel::markOf(const Core::ArticleSummary &article) const
{
    if (m_marks.isEmpty())
        return nullptr;
    const auto found = m_marks.constFind(article.path);
    return found == m_marks.cend() ? nullptr : &found.value();
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
        if (const SyncMark *mark = markOf(a))
            tip += QLatin1Char('\n') + tr("Shared library: %1").arg(mark->text);
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
        case Title: {
            // ⚠ a problem to fix; ✎ suggestions or comments waiting for a decision; the sync's mark.
            const SyncMark *mark = markOf(a);
            return QString((a.error.isEmpty() ? QString() : QStringLiteral("⚠ "))
                           + (a.underReview() ? QStringLiteral("✎ ") : QString())
                           + (mark && !mark->symbol.isEmpty() ? mark->symbol + QLatin1Char(' ') : QString()) + a.title);
        }
        case Sync: {
            const SyncMark *mark = markOf(a);
            return mark ? mark->text : QString();
        }
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
    case Sync:
        return tr("Sync");
    default:
        return {};
    }
}

} // namespace Byline::WidgetUi
