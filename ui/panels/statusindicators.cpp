#include "statusindicators.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace Byline::WidgetUi {

namespace {

constexpr int clockIntervalMs = 30 * 1000;

} // namespace

StatusIndicators::StatusIndicators(QWidget *parent)
    : QWidget(parent)
    , m_words(new QLabel(this))
    , m_characters(new QLabel(this))
    , m_reading(new QLabel(this))
    , m_deadline(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (QLabel *label : {m_words, m_characters, m_reading, m_deadline})
        layout->addWidget(label);
    m_words->setObjectName(QStringLiteral("wordCount"));
    m_words->setAccessibleName(tr("Words"));
    m_characters->setAccessibleName(tr("Characters"));
    m_reading->setAccessibleName(tr("Reading time"));
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setAccessibleName(tr("Deadline"));
    m_clock.setInterval(clockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, &StatusIndicators::update);
    update();
}

void StatusIndicators::setStats(const Core::TextStats &stats)
{
    m_stats = stats;
    update();
}

void StatusIndicators::setMetadata(int targetWords, const std::optional<Core::ArticleDate> &deadline)
{
    m_target = targetWords;
    m_deadlineDate = deadline;
    if (!deadline)
        m_clock.stop();
    else if (!m_clock.isActive()) // every render sets this: restarting would stop the countdown
        m_clock.start();
    update();
}

void StatusIndicators::setSelectedWords(int words)
{
    if (words == m_selected)
        return;
    m_selected = words;
    update();
}

bool StatusIndicators::isOverTarget() const
{
    return m_target > 0 && m_stats.words * 10 > m_target * 11;
}

QString StatusIndicators::wordsText() const
{
    return m_words->text();
}

QString StatusIndicators::deadlineText() const
{
    return m_deadline->text();
}

QString StatusIndicators::timeLeft(const QDateTime &deadline, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(deadline);
    const qint64 minutes = std::abs(seconds) / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (seconds < 0) {
        if (days > 0)
            return days == 1 ? tr("1 day overdue") : tr("%L1 days overdue").arg(days);
        if (hours > 0)
            return hours == 1 ? tr("1 hour overdue") : tr("%L1 hours overdue").arg(hours);
        return minutes == 1 ? tr("1 minute overdue") : tr("%L1 minutes overdue").arg(minutes);
    }
    if (days >= 2)
        return tr("due in %L1 days").arg(days);
    if (hours >= 1)
        return tr("due in %1 h %2 min").arg(hours).arg(minutes % 60);
    return minutes == 1 ? tr("due in 1 minute") : tr("due in %L1 minutes").arg(minutes);
}

void StatusIndicators::update()
{
    const QLocale locale;
    QString words = m_target > 0 ? tr("%1 / %2 words").arg(locale.toString(m_stats.words), locale.toString(m_target))
                                 : (m_stats.words == 1 ? tr("1 word") : tr("%L1 words").arg(m_stats.words));
    if (m_selected > 0)
        words += QStringLiteral(" (") + tr("%L1 selected").arg(m_selected) + QLatin1Char(')');
    m_words->setText(words);
    const bool over = isOverTarget();
    m_words->setStyleSheet(over ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
    m_words->setToolTip(over ? tr("More than 10% over the target of %1 words").arg(m_target) : QString());
    m_characters->setText(m_stats.characters == 1 ? tr("1 character") : tr("%L1 characters").arg(m_stats.characters));
    m_reading->setText(tr("%L1 min read").arg(m_stats.readingMinutes));

    m_deadline->setVisible(m_deadlineDate.has_value());
    if (m_deadlineDate) {
        // A deadline without a time means the end of that day.
        const QDateTime due
            = m_deadlineDate->dateTime.isValid() ? m_deadlineDate->dateTime : m_deadlineDate->date.endOfDay();
        const QDateTime now = QDateTime::currentDateTime();
        m_deadline->setText(timeLeft(due, now));
        m_deadline->setToolTip(tr("Deadline: %1").arg(locale.toString(due, QLocale::LongFormat)));
        m_deadline->setStyleSheet(now.secsTo(due) < 3600 ? QStringLiteral("color: #c0392b;") : QString());
    }
}

} // namespace Byline::WidgetUi
