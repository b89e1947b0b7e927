// Comparison and CompareDocuments without a window: where positions of one text stand in the
// other and in the inline document, and the edits that restore a change or a whole version give
// exactly the other version's words.
#include <ui/compare/comparedocuments.h>
#include <ui/compare/comparison.h>

#include <QTest>
#include <QTextDocument>
#include <QThread>

using namespace Byline::WidgetUi;

namespace {

QString applied(QString text, const QList<TextEdit> &edits)
{
    const std::optional<QList<TextEdit>> ordered = backToFront(edits, int(text.size()));
    if (!ordered)
        return QStringLiteral("(edits overlap)");
    for (const TextEdit &edit : *ordered)
        text.replace(edit.from, edit.to - edit.from, edit.text);
    return text;
}

} // namespace

class ComparisonTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positions_mapAcrossTheChanges();
    void restoring_oneChange_changesOnlyItsWords();
    void restoringAll_givesTheOtherText_data();
    void restoringAll_givesTheOtherText();
    void inlineDocument_holdsBothSidesOfEachChange();
};

void ComparisonTest::positions_mapAcrossTheChanges()
{
    const QString before = QStringLiteral("The harbour wall fell in the storm.\n");
    const QString after = QStringLiteral("The old harbour wall gave way in the storm.\n");
    const Comparison comparison = Comparison::make(before, after);
    QCOMPARE(comparison.changes().size(), 2);
    const qsizetype storm = before.indexOf(QStringLiteral("storm"));
    QCOMPARE(comparison.toAfter(storm), after.indexOf(QStringLiteral("storm")));
    QCOMPARE(comparison.toBefore(after.indexOf(QStringLiteral("storm"))), storm);
    QCOMPARE(comparison.toAfter(0), 0);
    // Inside a change, its start on the other side.
    QCOMPARE(comparison.toBefore(after.indexOf(QStringLiteral("gave")) + 2), before.indexOf(QStringLiteral("fell")));
    QCOMPARE(comparison.entries().at(1).excerpt, QStringLiteral("fell → gave way"));
}

void ComparisonTest::restoring_oneChange_changesOnlyItsWords()
{
    const QString before = QStringLiteral("The harbour wall fell in the storm.\n");
    const QString after = QStringLiteral("The old harbour wall gave way in the storm.\n");
    const Comparison comparison = Comparison::make(before, after);
    QCOMPARE(applied(after, comparison.restoring(1, true)),
             QStringLiteral("The old harbour wall fell in the storm.\n"));
    QCOMPARE(applied(before, comparison.restoring(0, false)),
             QStringLiteral("The old harbour wall fell in the storm.\n"));
    QVERIFY(comparison.restoring(2, true).isEmpty());
}

void ComparisonTest::restoringAll_givesTheOtherText_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("words") << QStringLiteral("One two three.\n\nFour five.\n")
                           << QStringLiteral("One 2 three.\n\nFour five six.\n");
    QTest::newRow("front matter changed") << QStringLiteral("---\nstatus: draft\n---\nBody here.\n")
                                          << QStringLiteral("---\nstatus: review\n---\nBody there.\n");
    QTest::newRow("front matter added, body changed at its start")
        << QStringLiteral("Body here.\n") << QStringLiteral("---\ntitle: T\n---\nA body here.\n");
    QTest::newRow("paragraph moved")
        << QStringLiteral("First paragraph stays where it is.\n\nThis paragraph is going to move down.\n\nLast "
                          "paragraph stays too, at the end.\n")
        << QStringLiteral("First paragraph stays where it is.\n\nLast paragraph stays too, at the end.\n\nThis "
                          "paragraph is going to move down.\n");
    QTest::newRow("everything") << QStringLiteral("abc") << QString();
}

void ComparisonTest::restoringAll_givesTheOtherText()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const Comparison comparison = Comparison::make(before, after);
    QCOMPARE(applied(after, comparison.restoringAll(true)), before);
    QCOMPARE(applied(before, comparison.restoringAll(false)), after);
}

void ComparisonTest::inlineDocument_holdsBothSidesOfEachChange()
{
    const QString before = QStringLiteral("The harbour wall fell in the storm.\n");
    const QString after = QStringLiteral("The old harbour wall gave way in the storm.\n");
    const Comparison comparison = Comparison::make(before, after);
    const CompareDocuments documents = CompareDocuments::build(comparison, {}, QThread::currentThread());
    QCOMPARE(documents.inlineText->toPlainText(), QStringLiteral("The old harbour wall fellgave way in the storm.\n"));
    QCOMPARE(documents.before->toPlainText(), before);
    QCOMPARE(documents.after->toPlainText(), after);
    const Comparison::Range second = documents.inlineRanges.at(1);
    QCOMPARE(documents.inlineText->toPlainText().mid(second.start, second.length()), QStringLiteral("fellgave way"));
    const qsizetype storm = after.indexOf(QStringLiteral("storm"));
    const qsizetype inlineStorm = documents.inlinePosition(comparison, storm);
    QCOMPARE(documents.inlineText->toPlainText().mid(inlineStorm, 5), QStringLiteral("storm"));
    QCOMPARE(documents.afterPosition(comparison, inlineStorm), storm);
}

QTEST_MAIN(ComparisonTest)
#include "comparison_test.moc"
