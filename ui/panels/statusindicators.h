#pragma once

#include <article/articlemetadata.h>
#include <markdown/textstats.h>

#include <QTimer>
#include <QWidget>

class QLabel;

namespace Byline::WidgetUi {

// The status bar's counts: words (and words selected), progress against the front matter's
// target (`742 / 800`, in a warning colour past 10 % over), characters, reading time and the time
// left to the `deadline`.
class StatusIndicators final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicators)

public:
    explicit StatusIndicators(QWidget *parent = nullptr);

    void setStats(const Core::TextStats &stats);
    void setMetadata(int targetWords, const std::optional<Core::ArticleDate> &deadline);
    void setSelectedWords(int words); // 0 hides it

    [[nodiscard]] QString wordsText() const;
    [[nodiscard]] QString deadlineText() const;
    [[nodiscard]] bool isOverTarget() const;

    // "due in 3 h", "due tomorrow 18:00", "2 days overdue"; `now` for tests.
    [[nodiscard]] static QString timeLeft(const QDateTime &deadline, const QDateTime &now);

private:
    void update();

    QLabel *m_words;
    QLabel *m_characters;
    QLabel *m_reading;
    QLabel *m_deadline;
    QTimer m_clock; // the deadline's countdown
    Core::TextStats m_stats;
    int m_target = 0;
    int m_selected = 0;
    std::optional<Core::ArticleDate> m_deadlineDate;
};

} // namespace Byline::WidgetUi
