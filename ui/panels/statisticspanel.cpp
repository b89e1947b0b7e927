#include "statisticspanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace Byline::WidgetUi {

namespace {

QString fleschDescription(double score)
{
    if (score >= 80)
        return StatisticsPanel::tr("easy");
    if (score >= 60)
        return StatisticsPanel::tr("plain English");
    if (score >= 50)
        return StatisticsPanel::tr("fairly difficult");
    if (score >= 30)
        return StatisticsPanel::tr("difficult");
    return StatisticsPanel::tr("very difficult");
}

} // namespace

StatisticsPanel::StatisticsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statistics"));
    setAccessibleName(tr("Statistics"));
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(QStringLiteral("words"), tr("Words"));
    addRow(QStringLiteral("characters"), tr("Characters"));
    addRow(QStringLiteral("sentences"), tr("Sentences"));
    addRow(QStringLiteral("paragraphs"), tr("Paragraphs"));
    addRow(QStringLiteral("reading"), tr("Reading time"));
    addRow(QStringLiteral("flesch"), tr("Flesch reading ease"));
}

void StatisticsPanel::addRow(const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    static_cast<QFormLayout *>(layout())->addRow(label, value);
}

void StatisticsPanel::setValue(const QString &name, const QString &text)
{
    if (auto *value = findChild<QLabel *>(name))
        value->setText(text);
}

QString StatisticsPanel::valueText(const QString &name) const
{
    const auto *value = findChild<QLabel *>(name);
    return value ? value->text() : QString();
}

void StatisticsPanel::setStats(const Core::TextStats &stats)
{
    const QLocale locale;
    setValue(QStringLiteral("words"), locale.toString(stats.words));
    setValue(QStringLiteral("characters"), locale.toString(stats.characters));
    setValue(QStringLiteral("sentences"), stats.hasSentences ? locale.toString(stats.sentences) : QStringLiteral("…"));
    setValue(QStringLiteral("paragraphs"), locale.toString(stats.paragraphs));
    setValue(QStringLiteral("reading"), tr("%L1 min").arg(stats.readingMinutes));
    setValue(QStringLiteral("flesch"),
             stats.hasFlesch ? QStringLiteral("%1 (%2)").arg(locale.toString(stats.fleschReadingEase, 'f', 1),
                                                             fleschDescription(stats.fleschReadingEase))
                             : tr("not enough prose"));
}

} // namespace Byline::WidgetUi
