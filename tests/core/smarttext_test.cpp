#include <export/smarttext.h>

#include <QTest>

using namespace Byline::Core;

class SmartTextTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data();
    void apply();
};

void SmartTextTest::apply_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "oVirt at Last"
                           << "oVirt at Last";
    QTest::newRow("double quotes") << "\"At Long Last\"" << QString::fromUtf8("“At Long Last”");
    QTest::newRow("apostrophe") << "Red Hat's" << QString::fromUtf8("Red Hat’s");
    QTest::newRow("single quotes") << "'tis 'so'" << QString::fromUtf8("‘tis ‘so’");
    QTest::newRow("quote after paren") << "(\"x\")" << QString::fromUtf8("(“x”)");
    QTest::newRow("en dash") << "2010--2011" << QString::fromUtf8("2010–2011");
    QTest::newRow("em dash") << "yes---no" << QString::fromUtf8("yes—no");
    QTest::newRow("ellipsis") << "wait..." << QString::fromUtf8("wait…");
}

void SmartTextTest::apply()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SmartText::apply(input), expected);
}

QTEST_GUILESS_MAIN(SmartTextTest)
#include "smarttext_test.moc"
