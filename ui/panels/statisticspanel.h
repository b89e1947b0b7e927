#pragma once

#include <markdown/textstats.h>

#include <QWidget>

namespace Byline::WidgetUi {

// The statistics panel: everything in the status bar plus sentences, paragraphs and Flesch
// reading ease.
class StatisticsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsPanel)

public:
    explicit StatisticsPanel(QWidget *parent = nullptr);
    void setStats(const Core::TextStats &stats);
    [[nodiscard]] QString valueText(const QString &name) const;

private:
    void addRow(const QString &name, const QString &label);
    void setValue(const QString &name, const QString &text);
};

} // namespace Byline::WidgetUi
