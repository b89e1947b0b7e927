#pragma once

#include <markdown/outline.h>

#include <QTreeWidget>

namespace Byline::WidgetUi {

// The article's headings, from the same parse as the preview. Activating one jumps there; the
// heading the cursor is under stays selected.
class OutlinePanel final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlinePanel)

public:
    explicit OutlinePanel(QWidget *parent = nullptr);

    void setOutline(const Core::Outline &outline);
    void followLine(int line);

Q_SIGNALS:
    void lineActivated(int line);

private:
    Core::Outline m_outline;
    QList<QTreeWidgetItem *> m_items; // in outline order
};

} // namespace Byline::WidgetUi
