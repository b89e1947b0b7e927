#include "comparechangesmodel.h"

namespace Byline::WidgetUi {

using Kind = Comparison::Entry::Kind;

CompareChangesModel::CompareChangesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CompareChangesModel::show(const Comparison &comparison, const CompareStyle &style)
{
    beginResetModel();
    m_entries = comparison.entries();
    m_style = style;
    endResetModel();
}

int CompareChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CompareChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompareChangesModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return tr("Added");
    case Kind::Deleted:
        return tr("Deleted");
    case Kind::Replaced:
        return tr("Replaced");
    case Kind::MovedAway:
        return tr("Moved away");
    case Kind::MovedHere:
        return tr("Moved here");
    }
    return {};
}

QVariant CompareChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Comparison::Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KindColumn)
            return kindName(entry.kind);
        if (index.column() == ChangeColumn)
            return entry.excerpt;
        return entry.line;
    case Qt::ToolTipRole:
        if (entry.kind == Kind::MovedAway)
            return tr("A paragraph moved from line %1 to line %2").arg(entry.line).arg(entry.otherLine);
        if (entry.kind == Kind::MovedHere)
            return tr("A paragraph moved here, to line %1, from line %2").arg(entry.line).arg(entry.otherLine);
        return tr("%1 on line %2: %3").arg(kindName(entry.kind)).arg(entry.line).arg(entry.excerpt);
    case Qt::ForegroundRole:
        if (index.column() != KindColumn)
            return {};
        switch (entry.kind) {
        case Kind::Added:
            return m_style.added;
        case Kind::Deleted:
            return m_style.deleted;
        case Kind::MovedAway:
        case Kind::MovedHere:
            return m_style.moved;
        case Kind::Replaced:
            break; // both colours are in its words
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant CompareChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Change");
    case ChangeColumn:
        return tr("Words");
    case LineColumn:
        return tr("Line");
    default:
        return {};
    }
}

} // namespace Byline::WidgetUi
