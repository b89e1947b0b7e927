#include "generatedreview.h"

#include <QTest>

#include <review/review.h>
#include <review/reviewedits.h>

using namespace Byline::Core;
using Kind = CriticMarkup::Kind;
using Type = Review::Item::Type;
using namespace Byline::Tests;
using Decision = ReviewEdits::Decision;
using View = ReviewEdits::View;

namespace {

QString decideOne(const QString &text, qsizetype index, Decision decision)
{
    const Review review = Review::read(text);
    return ReviewEdits::apply(text, ReviewEdits::decide(text, review.items().at(index), decision));
}

QString decideAll(const QString &text, Decision decision, const QString &reviewer = {})
{
    return ReviewEdits::apply(text, ReviewEdits::decideAll(text, Review::read(text), decision, reviewer));
}

} // namespace

class ReviewEditsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_eachKind_data();
    void decide_eachKind();
    void decide_takesTheChangesCommentsAlong();
    void decide_closesTheSeam_data();
    void decide_closesTheSeam();
    void decideAll_byReviewer();
    void decideAll_keepsThreads();
    void views_finalAndOriginal();
    void view_keepLines_keepsLineNumbers();
    void removeComments_keepsChangesAndWhoMadeThem();
    void reply_joinsTheThread();
    void setResolved_addsAVerb();
    void addComment_highlightsTheSelection();
    void addComment_onAChange_joinsItsThread();
    void addComment_inCode_isRefused();
    void commentMark_wordsCannotCloseItEarly();
    void mapPosition_followsEdits();
    void acceptAndReject_agreeWithTheSpecsReading();
};

void ReviewEditsTest::decide_eachKind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("accepted");
    QTest::addColumn<QString>("rejected");
    QTest::newRow("addition") << "a {++new ++}word"
                              << "a new word"
                              << "a word";
    QTest::newRow("deletion") << "a {--old --}word"
                              << "a word"
                              << "a old word";
    QTest::newRow("substitution") << "a {~~old~>new~~} word"
                                  << "a new word"
                                  << "a old word";
    QTest::newRow("highlight") << "a {==lit==}{>>why<<} word"
                               << "a lit word"
                               << "a lit word";
    QTest::newRow("comment") << "a word{>>why<<}."
                             << "a word."
                             << "a word.";
    QTest::newRow("paragraphs") << "a {++b\n\nc ++}d"
                                << "a b\n\nc d"
                                << "a d";
    QTest::newRow("attributed") << "a {++new ++}{>>@Ed 2026-11-20T10:04Z<<}word"
                                << "a new word"
                                << "a word";
}

void ReviewEditsTest::decide_eachKind()
{
    QFETCH(QString, text);
    QFETCH(QString, accepted);
    QFETCH(QString, rejected);
    QCOMPARE(decideOne(text, 0, Decision::Accept), accepted);
    QCOMPARE(decideOne(text, 0, Decision::Reject), rejected);
}

void ReviewEditsTest::decide_takesTheChangesCommentsAlong()
{
    const QString text = QStringLiteral("x {--y--}{>>@Ed 2026-11-20T10:04Z: why<<}{>>@Maya 2026-11-20T10:05Z: ok<<} z");
    QCOMPARE(decideOne(text, 0, Decision::Accept), QStringLiteral("x z"));
    QCOMPARE(decideOne(text, 0, Decision::Reject), QStringLiteral("x y z"));
}

void ReviewEditsTest::decide_closesTheSeam_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decision");
    QTest::addColumn<QString>("expected");
    const int accept = int(Decision::Accept);
    const int reject = int(Decision::Reject);
    QTest::newRow("between spaces") << "the {++very++} old" << reject << "the old";
    QTest::newRow("before full stop") << "the end {--of it--}." << accept << "the end.";
    QTest::newRow("before comma") << "so {--very--}, old" << accept << "so, old";
    QTest::newRow("at line end") << "the end {--now--}\nnext" << accept << "the end\nnext";
    QTest::newRow("at text end") << "the end {--now--}" << accept << "the end";
    QTest::newRow("at line start") << "{--Very--} good\n{++Now++} then" << accept << "good\nNow then";
    QTest::newRow("inner spaces stay") << "the {++ new ++}house" << accept << "the  new house";
    QTest::newRow("two touching") << "a {--b--}{--c--} d" << accept << "a d";
    QTest::newRow("comment at end") << "word {>>note<<}\n" << accept << "word\n";
}

void ReviewEditsTest::decide_closesTheSeam()
{
    QFETCH(QString, text);
    QFETCH(int, decision);
    QFETCH(QString, expected);
    QCOMPARE(
        decideAll(ReviewEdits::apply(text, ReviewEdits::removeComments(text, Review::read(text))), Decision(decision)),
        expected);
}

void ReviewEditsTest::decideAll_byReviewer()
{
    const QString text
        = QStringLiteral("{++a++}{>>@Maya Okafor 2026-11-20T10:04Z<<} {--b--}{>>@Ed 2026-11-20T10:04Z<<} "
                         "{~~c~>d~~}{>>@maya okafor 2026-11-20T10:05Z<<} {++e++}");
    QCOMPARE(decideAll(text, Decision::Accept, QStringLiteral("Maya Okafor")),
             QStringLiteral("a {--b--}{>>@Ed 2026-11-20T10:04Z<<} d {++e++}"));
    QCOMPARE(decideAll(text, Decision::Reject, QStringLiteral("Ed")),
             QStringLiteral("{++a++}{>>@Maya Okafor 2026-11-20T10:04Z<<} b {~~c~>d~~}{>>@maya okafor "
                            "2026-11-20T10:05Z<<} {++e++}"));
    QCOMPARE(decideAll(text, Decision::Accept), QStringLiteral("a d e"));
    QCOMPARE(decideAll(text, Decision::Accept, QStringLiteral("Nobody")), text);
}

void ReviewEditsTest::decideAll_keepsThreads()
{
    const QString text = QStringLiteral("{==x==}{>>@Ed 2026-11-20T10:04Z: hm<<} {++y++}");
    QCOMPARE(decideAll(text, Decision::Accept), QStringLiteral("{==x==}{>>@Ed 2026-11-20T10:04Z: hm<<} y"));
}

void ReviewEditsTest::views_finalAndOriginal()
{
    const QString text = QStringLiteral("---\ntitle: \"{++no++}\"\n---\nThe {~~cat~>dog~~} sat{>>@Ed "
                                        "2026-11-20T10:04Z: sure?<<} on the {==mat==}{--, alas--}.\n");
    QCOMPARE(ReviewEdits::view(text, View::Final),
             QStringLiteral("---\ntitle: \"{++no++}\"\n---\nThe dog sat on the mat.\n"));
    QCOMPARE(ReviewEdits::view(text, View::Original),
             QStringLiteral("---\ntitle: \"{++no++}\"\n---\nThe cat sat on the mat, alas.\n"));
    QCOMPARE(ReviewEdits::view(text, View::Markup), text);
    // A body on its own has no front matter: its first line is text.
    QCOMPARE(ReviewEdits::view(u"{++a++}\n---\n", View::Original, CriticMarkup::Start::Body),
             QStringLiteral("\n---\n"));
}

void ReviewEditsTest::view_keepLines_keepsLineNumbers()
{
    const QString text = QStringLiteral("one {--two\n\nthree--} four\n{>>a\nb<<}five\n{~~x\ny~>z~~}\nsix");
    const QString final = ReviewEdits::view(text, View::Final, CriticMarkup::Start::MayHaveFrontMatter, true);
    QCOMPARE(final.count(QLatin1Char('\n')), text.count(QLatin1Char('\n')));
    QCOMPARE(final.split(QLatin1Char('\n')).constLast(), QStringLiteral("six"));
    QCOMPARE(final, QStringLiteral("one \n\n four\n\nfive\nz\n\nsix"));
}

void ReviewEditsTest::removeComments_keepsChangesAndWhoMadeThem()
{
    const QString text = QStringLiteral("{--a--}{>>@Ed 2026-11-20T10:04:30Z: why<<}{>>@Maya 2026-11-20T10:05Z: ok<<} "
                                        "{==b==}{>>@Maya 2026-11-20T10:06Z: hm<<} c{>>@Ed 2026-11-20T10:07Z: d<<}.");
    const Review review = Review::read(text);
    QCOMPARE(ReviewEdits::apply(text, ReviewEdits::removeComments(text, review)),
             QStringLiteral("{--a--}{>>@Ed 2026-11-20T10:04Z<<} b c."));
    QCOMPARE(ReviewEdits::apply(text, ReviewEdits::removeComments(text, review, QStringLiteral("Maya"))),
             QStringLiteral("{--a--}{>>@Ed 2026-11-20T10:04:30Z: why<<}{>>@Maya 2026-11-20T10:05Z: ok<<} b "
                            "c{>>@Ed 2026-11-20T10:07Z: d<<}."));
}

void ReviewEditsTest::reply_joinsTheThread()
{
    const QString text = QStringLiteral("{==x==}{>>@Ed 2026-11-20T10:04Z: hm<<} rest");
    const Review review = Review::read(text);
    const Attribution maya {QStringLiteral("Maya"), utc("2026-11-21T08:00Z")};
    const QString replied
        = ReviewEdits::apply(text, ReviewEdits::reply(text, review.items().at(0), maya, QStringLiteral("Checked.")));
    QCOMPARE(replied,
             QStringLiteral("{==x==}{>>@Ed 2026-11-20T10:04Z: hm<<}{>>@Maya 2026-11-21T08:00Z: Checked.<<} rest"));
    QCOMPARE(Review::read(replied).items().constFirst().comments.size(), 2);
}

void ReviewEditsTest::setResolved_addsAVerb()
{
    const QString text = QStringLiteral("{>>@Ed 2026-11-20T10:04Z: hm<<}");
    const Attribution maya {QStringLiteral("Maya"), utc("2026-11-21T08:00Z")};
    const QString resolved
        = ReviewEdits::apply(text, ReviewEdits::setResolved(text, Review::read(text).items().at(0), maya, true));
    QCOMPARE(resolved, text + QStringLiteral("{>>@Maya 2026-11-21T08:00Z resolved<<}"));
    QVERIFY(Review::read(resolved).items().at(0).resolved);
    QVERIFY(ReviewEdits::setResolved(resolved, Review::read(resolved).items().at(0), maya, true).isEmpty());
    const QString reopened = ReviewEdits::apply(
        resolved, ReviewEdits::setResolved(resolved, Review::read(resolved).items().at(0), maya, false));
    QVERIFY(!Review::read(reopened).items().at(0).resolved);
}

void ReviewEditsTest::addComment_highlightsTheSelection()
{
    const QString text = QStringLiteral("The council met on Tuesday.");
    const Attribution ed {QStringLiteral("Ed"), utc("2026-11-20T10:04Z")};
    const qsizetype start = text.indexOf(QStringLiteral(" Tuesday"));
    const QString commented = ReviewEdits::apply(
        text, ReviewEdits::addComment(text, Review::read(text), start, start + 8, ed, QStringLiteral("Wednesday?")));
    QCOMPARE(commented, QStringLiteral("The council met on {==Tuesday==}{>>@Ed 2026-11-20T10:04Z: Wednesday?<<}."));
    const QString atPoint = ReviewEdits::apply(
        text, ReviewEdits::addComment(text, Review::read(text), 3, 3, ed, QStringLiteral("Which?")));
    QCOMPARE(atPoint, QStringLiteral("The{>>@Ed 2026-11-20T10:04Z: Which?<<} council met on Tuesday."));
}

void ReviewEditsTest::addComment_onAChange_joinsItsThread()
{
    const QString text = QStringLiteral("a {++b++}{>>@Maya 2026-11-20T10:04Z<<} c");
    const Attribution ed {QStringLiteral("Ed"), utc("2026-11-20T11:00Z")};
    const QString commented
        = ReviewEdits::apply(text, ReviewEdits::addComment(text, Review::read(text), 0, 5, ed, QStringLiteral("no")));
    QCOMPARE(commented, QStringLiteral("a {++b++}{>>@Maya 2026-11-20T10:04Z<<}{>>@Ed 2026-11-20T11:00Z: no<<} c"));
    const Review review = Review::read(commented);
    QCOMPARE(review.items().size(), 1);
    QCOMPARE(review.items().at(0).by.reviewer, QStringLiteral("Maya"));
    QCOMPARE(review.items().at(0).comments.size(), 1);
}

void ReviewEditsTest::addComment_inCode_isRefused()
{
    const QString text = QStringLiteral("Run `make test` now.\n\n    indented code\n");
    const Attribution ed {QStringLiteral("Ed"), utc("2026-11-20T10:04Z")};
    QString why;
    QVERIFY(ReviewEdits::addComment(text, Review::read(text), 5, 9, ed, QStringLiteral("x"), &why).isEmpty());
    QVERIFY2(why.contains(QStringLiteral("code")), qPrintable(why));
    why.clear();
    const qsizetype code = text.indexOf(QStringLiteral("code\n"));
    QVERIFY(ReviewEdits::addComment(text, Review::read(text), code, code, ed, QStringLiteral("x"), &why).isEmpty());
    QVERIFY(!why.isEmpty());
}

void ReviewEditsTest::commentMark_wordsCannotCloseItEarly()
{
    const Attribution ed {QStringLiteral("Ed"), utc("2026-11-20T10:04Z")};
    for (const QString &words : {QStringLiteral("a <<} b"), QStringLiteral("ends with <"), QStringLiteral("x<<<}"),
                                 QStringLiteral("{>> inner <<}")}) {
        const QString text = QStringLiteral("word") + ReviewEdits::commentMark(ed, words) + QStringLiteral(" after");
        const Review review = Review::read(text);
        QCOMPARE(review.items().size(), 1);
        QCOMPARE(review.items().at(0).whole.end, text.size() - 6);
        QVERIFY(review.problems().isEmpty());
    }
}

void ReviewEditsTest::mapPosition_followsEdits()
{
    const TextEdits edits {{2, 4, QStringLiteral("xyz")}, {10, 12, QString()}};
    QCOMPARE(ReviewEdits::mapPosition(1, edits), 1);
    QCOMPARE(ReviewEdits::mapPosition(3, edits), 5); // inside: to the end of the replacement
    QCOMPARE(ReviewEdits::mapPosition(4, edits), 5);
    QCOMPARE(ReviewEdits::mapPosition(11, edits), 11);
    QCOMPARE(ReviewEdits::mapPosition(20, edits), 19);
}

void ReviewEditsTest::acceptAndReject_agreeWithTheSpecsReading()
{
    for (quint32 seed = 1; seed <= 40; ++seed) {
        const QString text = generated(300, seed);
        const Review review = Review::read(text);
        QVERIFY(review.problems().isEmpty());
        QVERIFY(review.items().size() >= 150);
        for (const Decision decision : {Decision::Accept, Decision::Reject}) {
            const View view = decision == Decision::Accept ? View::Final : View::Original;
            const QString byline = ReviewEdits::view(text, view);
            QCOMPARE(words(byline), words(oracle(text, decision)));
            QVERIFY(!byline.contains(QStringLiteral("{++")) && !byline.contains(QStringLiteral("<<}")));
        }
        // Deciding every change and then removing the comments is the view.
        const QString accepted = decideAll(text, Decision::Accept);
        QCOMPARE(words(ReviewEdits::apply(accepted, ReviewEdits::removeComments(accepted, Review::read(accepted)))),
                 words(ReviewEdits::view(text, View::Final)));
        // So is deciding them one at a time, last first.
        QString oneByOne = text;
        for (qsizetype i = review.items().size() - 1; i >= 0; --i)
            oneByOne
                = ReviewEdits::apply(oneByOne, ReviewEdits::decide(oneByOne, review.items().at(i), Decision::Reject));
        QCOMPARE(words(oneByOne), words(ReviewEdits::view(text, View::Original)));
    }
}

QTEST_GUILESS_MAIN(ReviewEditsTest)
#include "reviewedits_test.moc"
