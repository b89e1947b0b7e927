#pragma once

#include "comparedocuments.h"
#include "comparison.h"

#include <QAbstractTableModel>

namespace Byline::WidgetUi {

// The list of changes beside the compare views: what each change is (its kind, in the colour it
// is drawn in), its words ("said → insisted") and the line of the new text it is on. Backed by
// the comparison it shows, so a thousand changes cost a model reset, not a thousand items.
class CompareChangesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareChangesModel)

public:
    enum Column { KindColumn, ChangeColumn, LineColumn, ColumnCount };

    explicit CompareChangesModel(QObject *parent = nullptr);

    void show(const Comparison &comparison, const CompareStyle &style);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Replaced", "Moved here" …
    [[nodiscard]] static QString kindName(Comparison::Entry::Kind kind);

private:
    QList<Comparison::Entry> m_entries;
    CompareStyle m_style;
};

} // namespace Byline::WidgetUi
