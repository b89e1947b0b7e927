#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <history/revisionpolicy.h>

using Byline::Core::RevisionPolicy;

namespace {

const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

RevisionPolicy::Kept at(qint64 id, qint64 secondsAgo, bool named = false)
{
    return {id, now.addSecs(-secondsAgo), named};
}

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

} // namespace

// What the pruning policy keeps of one article's revisions, on hand-made timelines: everything of
// the last day, the latest of each hour for a week, of each day for 90 days, of each month after
// (or nothing, when so set); named revisions and the newest always.
class RevisionPolicyTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void toDrop_eachTier_keepsTheLatestOfItsPeriod();
    void toDrop_namedAndNewest_alwaysKept();
    void toDrop_periodStraddlingATier_keepsItsLatestOnly();
    void toDrop_withoutMonthly_dropsWhatIsOlder();
    void toDrop_shorterSettings_keepLess();
    void fromSettings_boundsAndDefaults();
};

void RevisionPolicyTest::initTestCase()
{
    qputenv("TZ", "UTC");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("byline-revisionpolicy-test"));
}

void RevisionPolicyTest::toDrop_eachTier_keepsTheLatestOfItsPeriod()
{
    const QList<RevisionPolicy::Kept> revisions = {
        at(1, 10 * minute),
        at(2, 2 * hour),
        at(3, 23 * hour), // the last day: all
        at(4, 30 * hour - 40 * minute),
        at(5, 30 * hour), // 06:40 and 06:00 the day before: the later one
        at(6, 31 * hour + 10 * minute), // 04:50: an hour of its own
        at(7, 3 * day + 70 * minute),
        at(8, 3 * day + 110 * minute), // 10:50 and 10:10
        at(9, 20 * day - 3 * hour),
        at(10, 20 * day + 3 * hour), // the same day, 15:00 and 09:00
        at(11, 21 * day), // the day before
        at(12, 200 * day),
        at(13, 201 * day), // the same month, May 2026
        at(14, 240 * day), // March
    };
    QCOMPARE(RevisionPolicy().toDrop(revisions, now), (QList<qint64> {5, 8, 10, 13}));
}

void RevisionPolicyTest::toDrop_namedAndNewest_alwaysKept()
{
    // An article not touched for over a year: October, September, and two of August, one named.
    const QList<RevisionPolicy::Kept> revisions
        = {at(1, 400 * day), at(2, 430 * day), at(3, 460 * day, true), at(4, 460 * day + hour)};
    QCOMPARE(RevisionPolicy().toDrop(revisions, now), QList<qint64> {4});
    RevisionPolicy none;
    none.monthlyBeyond = false;
    QCOMPARE(none.toDrop(revisions, now), (QList<qint64> {2, 4}));
}

void RevisionPolicyTest::toDrop_periodStraddlingATier_keepsItsLatestOnly()
{
    // 10:50 and 10:10 of the day a week ago, the week's edge at 10:30: 10:10 is past it, in the
    // daily tier, but 10:50 is that day's latest, so 10:10 goes, as it went when both were younger.
    const QList<RevisionPolicy::Kept> revisions
        = {at(1, 2 * hour), at(2, 7 * day + 70 * minute), at(3, 7 * day + 110 * minute)};
    QCOMPARE(RevisionPolicy().toDrop(revisions, now.addSecs(-90 * minute)), QList<qint64> {3});
}

void RevisionPolicyTest::toDrop_withoutMonthly_dropsWhatIsOlder()
{
    RevisionPolicy policy;
    policy.monthlyBeyond = false;
    const QList<RevisionPolicy::Kept> revisions
        = {at(1, hour), at(2, 89 * day), at(3, 91 * day), at(4, 400 * day), at(5, 500 * day, true)};
    QCOMPARE(policy.toDrop(revisions, now), (QList<qint64> {3, 4}));
}

void RevisionPolicyTest::toDrop_shorterSettings_keepLess()
{
    RevisionPolicy policy;
    policy.keepAllHours = 1;
    policy.hourlyDays = 0;
    policy.dailyDays = 2;
    const QList<RevisionPolicy::Kept> revisions
        = {at(1, 10 * minute), at(2, 50 * minute), at(3, 2 * hour), at(4, 3 * hour),
           at(5, 30 * hour),   at(6, 31 * hour),   at(7, 10 * day)};
    // 1 and 2 are the last hour's, and 1 is the latest of today, so 3 and 4 go; 5 is the latest of
    // yesterday; 7, beyond the days kept, is of this month, whose latest is 1.
    QCOMPARE(policy.toDrop(revisions, now), (QList<qint64> {3, 4, 6, 7}));
}

void RevisionPolicyTest::fromSettings_boundsAndDefaults()
{
    QSettings settings;
    settings.clear();
    const RevisionPolicy defaults = RevisionPolicy::fromSettings();
    QCOMPARE(defaults.autosaveMinutes, 5);
    QCOMPARE(defaults.keepAllHours, 24);
    QCOMPARE(defaults.hourlyDays, 7);
    QCOMPARE(defaults.dailyDays, 90);
    QVERIFY(defaults.monthlyBeyond);
    settings.setValue(QLatin1String(RevisionPolicy::autosaveMinutesKey), 10);
    settings.setValue(QLatin1String(RevisionPolicy::dailyDaysKey), -4);
    settings.setValue(QLatin1String(RevisionPolicy::hourlyDaysKey), QStringLiteral("many"));
    settings.setValue(QLatin1String(RevisionPolicy::monthlyBeyondKey), false);
    const RevisionPolicy read = RevisionPolicy::fromSettings();
    QCOMPARE(read.autosaveMinutes, 10);
    QCOMPARE(read.dailyDays, 0);
    QCOMPARE(read.hourlyDays, 7);
    QVERIFY(!read.monthlyBeyond);
    settings.clear();
}

QTEST_GUILESS_MAIN(RevisionPolicyTest)
#include "revisionpolicy_test.moc"
