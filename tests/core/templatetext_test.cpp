#include <export/templatetext.h>

#include <QTest>

using namespace Byline::Core;

class TemplateTextTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fill_replacesKnownNames();
    void fill_neverExpandsAValueTwice();
    void fill_leavesUnknownAndUnclosedAlone();
};

void TemplateTextTest::fill_replacesKnownNames()
{
    QCOMPARE(TemplateText::fill(
                 QStringLiteral("<title>{{title}}</title>{{ body }}"),
                 {{QStringLiteral("title"), QStringLiteral("T")}, {QStringLiteral("body"), QStringLiteral("B")}}),
             QStringLiteral("<title>T</title>B"));
}

void TemplateTextTest::fill_neverExpandsAValueTwice()
{
    QCOMPARE(TemplateText::fill(
                 QStringLiteral("{{a}}|{{b}}"),
                 {{QStringLiteral("a"), QStringLiteral("{{b}}")}, {QStringLiteral("b"), QStringLiteral("B")}}),
             QStringLiteral("{{b}}|B"));
}

void TemplateTextTest::fill_leavesUnknownAndUnclosedAlone()
{
    QCOMPARE(TemplateText::fill(QStringLiteral("{{x}} {{open"), {}), QStringLiteral("{{x}} {{open"));
}

QTEST_GUILESS_MAIN(TemplateTextTest)
#include "templatetext_test.moc"
