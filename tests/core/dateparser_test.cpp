#include <article/dateparser.h>

#include <QTest>
#include <QTimeZone>

using namespace Byline::Core;

class DateParserTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parse_timesAndOffsets();
    void parse_rejectsNonsense_data();
    void parse_rejectsNonsense();
    void fromVariant_acceptsNativeDates();
    void fromFileName_readsJekyllPrefix();
};

void DateParserTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso") << "2011-11-15" << QDate(2011, 11, 15);
    QTest::newRow("iso utc") << "2011-11-15T10:00:00Z" << QDate(2011, 11, 15);
    QTest::newRow("hugo offset hours") << "2015-03-17 10:00:00 -4" << QDate(2015, 3, 17);
    QTest::newRow("unpadded") << "2024-4-09" << QDate(2024, 4, 9);
    QTest::newRow("offset with colon") << "2019-11-05T15:50:08-05:00" << QDate(2019, 11, 5);
    QTest::newRow("fractional seconds") << "2020-01-02T03:04:05.678Z" << QDate(2020, 1, 2);
    QTest::newRow("slashes") << "2011/11/15" << QDate(2011, 11, 15);
    QTest::newRow("written us") << "November 15, 2011" << QDate(2011, 11, 15);
    QTest::newRow("written short") << "Nov. 15, 2011" << QDate(2011, 11, 15);
    QTest::newRow("written uk") << "15 November 2011" << QDate(2011, 11, 15);
    QTest::newRow("ordinal") << "November 15th, 2011" << QDate(2011, 11, 15);
    QTest::newRow("spaces around") << "  2011-11-15  " << QDate(2011, 11, 15);
}

void DateParserTest::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const auto date = DateParser::parse(text);
    QVERIFY2(date.has_value(), qPrintable(text));
    QCOMPARE(date->date, expected);
}

void DateParserTest::parse_timesAndOffsets()
{
    const auto utc = DateParser::parse(QStringLiteral("2011-11-15T10:00:00Z"));
    QVERIFY(utc && utc->hasTime());
    QCOMPARE(utc->dateTime.offsetFromUtc(), 0);
    QCOMPARE(utc->dateTime.time(), QTime(10, 0));

    const auto hugo = DateParser::parse(QStringLiteral("2015-03-17 10:00:00 -4"));
    QVERIFY(hugo && hugo->hasTime());
    QCOMPARE(hugo->dateTime.offsetFromUtc(), -4 * 3600);
    QCOMPARE(hugo->dateTime.toUTC().time(), QTime(14, 0));

    const auto plain = DateParser::parse(QStringLiteral("2011-11-15"));
    QVERIFY(plain && !plain->hasTime());
}

void DateParserTest::parse_rejectsNonsense_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("word") << "yesterday";
    QTest::newRow("month 13") << "2011-13-01";
    QTest::newRow("february 30") << "2011-02-30";
    QTest::newRow("bad hour") << "2011-11-15T25:00:00Z";
    QTest::newRow("bad offset") << "2011-11-15 10:00:00 +99";
    QTest::newRow("trailing junk") << "2011-11-15 and more";
    QTest::newRow("signed year") << "15 Nov -2010"; // found by tests/fuzz: read as 2011 BC
}

void DateParserTest::parse_rejectsNonsense()
{
    QFETCH(QString, text);
    QVERIFY(!DateParser::parse(text).has_value());
}

void DateParserTest::fromVariant_acceptsNativeDates()
{
    QCOMPARE(DateParser::fromVariant(QDate(2020, 5, 6))->date, QDate(2020, 5, 6));
    const QDateTime dateTime(QDate(2020, 5, 6), QTime(7, 8), QTimeZone(3600));
    QCOMPARE(DateParser::fromVariant(dateTime)->dateTime, dateTime);
    QCOMPARE(DateParser::fromVariant(QStringLiteral("2020-05-06"))->date, QDate(2020, 5, 6));
    QVERIFY(!DateParser::fromVariant(QVariant(42)).has_value());
}

void DateParserTest::fromFileName_readsJekyllPrefix()
{
    QCOMPARE(DateParser::fromFileName(QStringLiteral("2011-11-15-ovirt-at-last.md")), QDate(2011, 11, 15));
    QCOMPARE(DateParser::fromFileName(QStringLiteral("2024-4-9-unpadded.md")), QDate(2024, 4, 9));
    QVERIFY(!DateParser::fromFileName(QStringLiteral("ovirt-2011-11-15.md")).has_value());
    QVERIFY(!DateParser::fromFileName(QStringLiteral("2011-13-15-bad.md")).has_value());
}

QTEST_GUILESS_MAIN(DateParserTest)
#include "dateparser_test.moc"
