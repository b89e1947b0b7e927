#include "revisionpolicy.h"

#include <QSet>
#include <QSettings>

#include <algorithm>

namespace Byline::Core {

namespace {

int boundedSetting(const QSettings &settings, const char *key, int fallback, int lowest, int highest)
{
    bool ok = false;
    const int value = settings.value(QLatin1String(key), fallback).toInt(&ok);
    return ok ? std::clamp(value, lowest, highest) : fallback;
}

enum class Tier { All, Hourly, Daily, Monthly, None };

Tier tierOf(const RevisionPolicy &policy, qint64 age)
{
    constexpr qint64 hour = 3600;
    if (age < qint64(policy.keepAllHours) * hour)
        return Tier::All;
    if (age < qint64(policy.hourlyDays) * 24 * hour)
        return Tier::Hourly;
    if (age < qint64(policy.dailyDays) * 24 * hour)
        return Tier::Daily;
    return policy.monthlyBeyond ? Tier::Monthly : Tier::None;
}

} // namespace

RevisionPolicy RevisionPolicy::fromSettings()
{
    const QSettings settings;
    RevisionPolicy policy;
    policy.autosaveMinutes = boundedSetting(settings, autosaveMinutesKey, policy.autosaveMinutes, 0, 24 * 60);
    policy.keepAllHours = boundedSetting(settings, keepAllHoursKey, policy.keepAllHours, 0, 24 * 366);
    policy.hourlyDays = boundedSetting(settings, hourlyDaysKey, policy.hourlyDays, 0, 366);
    policy.dailyDays = boundedSetting(settings, dailyDaysKey, policy.dailyDays, 0, 3660);
    policy.monthlyBeyond = settings.value(QLatin1String(monthlyBeyondKey), policy.monthlyBeyond).toBool();
    return policy;
}

QList<qint64> RevisionPolicy::toDrop(const QList<Kept> &revisions, const QDateTime &now) const
{
    QList<qint64> dropped;
    // The hours, days and months whose latest revision has been seen (newest first): a revision
    // stands for its period only when it is the period's latest of all, of any tier. So what is
    // kept never depends on when pruning ran: a revision dropped once would be dropped again.
    QSet<QString> hours;
    QSet<QString> days;
    QSet<QString> months;
    bool newest = true;
    for (const Kept &revision : revisions) {
        const QDateTime local = revision.time.toLocalTime();
        const QString hour = local.toString(QStringLiteral("yyyy-MM-dd-HH"));
        const QString day = hour.left(10);
        const QString month = hour.left(7);
        bool keep = newest || revision.named;
        switch (tierOf(*this, revision.time.secsTo(now))) {
        case Tier::All:
            keep = true;
            break;
        case Tier::Hourly:
            keep = keep || !hours.contains(hour);
            break;
        case Tier::Daily:
            keep = keep || !days.contains(day);
            break;
        case Tier::Monthly:
            keep = keep || !months.contains(month);
            break;
        case Tier::None:
            break;
        }
        if (!keep)
            dropped.append(revision.id);
        hours.insert(hour);
        days.insert(day);
        months.insert(month);
        newest = false;
    }
    return dropped;
}

} // namespace Byline::Core
