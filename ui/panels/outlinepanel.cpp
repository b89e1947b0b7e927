#include "outlinepanel.h"

#include <QHeaderView>

namespace Byline::WidgetUi {

OutlinePanel::OutlinePanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("outline"));
    setAccessibleName(tr("Outline"));
    setHeaderHidden(true);
    setColumnCount(1);
    setUniformRowHeights(true);
    setExpandsOnDoubleClick(false);
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT lineActivated(item->data(0, Qt::UserRole).toInt()); });
    connect(this, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { Q_EMIT lineActivated(item->data(0, Qt::UserRole).toInt()); });
}

void OutlinePanel::setOutline(const Core::Outline &outline)
{
    if (outline == m_outline)
        return; // typing in a paragraph changes no heading: keep selection and scroll
    m_outline = outline;
    const QSignalBlocker blocker(this);
    clear();
    m_items.clear();
    QList<std::pair<int, QTreeWidgetItem *>> parents; // level, item
    for (const Core::Heading &heading : outline) {
        while (!parents.isEmpty() && parents.constLast().first >= heading.level)
            parents.removeLast();
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(this) : new QTreeWidgetItem(parents.constLast().second);
        item->setText(0, heading.text.isEmpty() ? tr("(untitled heading)") : heading.text);
        item->setToolTip(0, tr("Line %1").arg(heading.line));
        item->setData(0, Qt::UserRole, heading.line);
        parents.append({heading.level, item});
        m_items.append(item);
    }
    expandAll();
}

void OutlinePanel::followLine(int line)
{
    const auto it = std::upper_bound(m_outline.cbegin(), m_outline.cend(), line,
                                     [](int l, const Core::Heading &heading) { return l < heading.line; });
    const qsizetype index = qsizetype(it - m_outline.cbegin()) - 1;
    const QSignalBlocker blocker(this);
    if (index < 0 || index >= m_items.size()) {
        clearSelection();
        return;
    }
    setCurrentItem(m_items.at(index));
}

} // namespace Byline::WidgetUi
