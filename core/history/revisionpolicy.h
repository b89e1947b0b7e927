#pragma once

#include <QDateTime>
#include <QList>

namespace Byline::Core {

// When a revision is kept and for how long, for the local store (README, "History"). The window
// reads it from the settings the user changes ([history] in Byline.conf) and so does the command
// line, so that a revision kept from either is pruned by the same rules.
struct RevisionPolicy
{
    // An autosave keeps a revision only when the article's latest one is older than this; manual
    // saves always keep one (unless the text is the same).
    int autosaveMinutes = 5;
    // Every revision younger than this is kept,
    int keepAllHours = 24;
    // then the latest of each hour for this many days,
    int hourlyDays = 7;
    // then the latest of each day for this many days,
    int dailyDays = 90;
    // and beyond that the latest of each month, or (false) none. Named revisions and the newest
    // one are always kept.
    bool monthlyBeyond = true;

    // The settings keys, in the [history] group.
    static constexpr const char *autosaveMinutesKey = "history/autosaveMinutes";
    static constexpr const char *keepAllHoursKey = "history/keepAllHours";
    static constexpr const char *hourlyDaysKey = "history/hourlyDays";
    static constexpr const char *dailyDaysKey = "history/dailyDays";
    static constexpr const char *monthlyBeyondKey = "history/monthlyBeyond";

    // The policy in the settings, each value within sensible bounds, the defaults where unset.
    [[nodiscard]] static RevisionPolicy fromSettings();

    // One revision as pruning sees it.
    struct Kept
    {
        qint64 id = 0;
        QDateTime time;
        bool named = false;
    };
    // The ids of `revisions` (one article's, newest first) that the policy drops at `now`. Hours,
    // days and months are the user's local ones.
    [[nodiscard]] QList<qint64> toDrop(const QList<Kept> &revisions, const QDateTime &now) const;
};

} // namespace Byline::Core
