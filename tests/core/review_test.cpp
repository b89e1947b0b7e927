#include "generatedreview.h"

#include <QTest>

#include <review/review.h>

using namespace Byline::Core;
using Kind = CriticMarkup::Kind;
using Type = Review::Item::Type;
using namespace Byline::Tests;
using View = ReviewEdits::View;

class ReviewTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attribution_isRead_data();
    void attribution_isRead();
    void attribution_roundTripsThroughCommentMark();
    void change_ownsTheCommentsRightAfterIt();
    void comments_rightAfterEachOtherAreAThread();
    void thread_resolvedByItsLastVerb();
    void items_haveLineAndColumn();
    void reviewers_inOrderOfFirstAppearance();
    void itemAt_findsTheItemAroundAPosition();
    void moved_isTheReviewOfTheBody();
    void code_isLiteral();
};

void ReviewTest::attribution_isRead_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("reviewer");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("verb");
    const QDateTime time = utc("2026-11-20T10:04:00Z");
    const int none = int(Review::Verb::None);
    QTest::newRow("name and time") << "@Maya Okafor 2026-11-20T10:04Z"
                                   << "Maya Okafor" << time << "" << none;
    QTest::newRow("with words") << "@Maya Okafor 2026-11-20T10:04Z: Too long?"
                                << "Maya Okafor" << time << "Too long?" << none;
    QTest::newRow("words over lines") << "@Ed 2026-11-20T10:04Z: one\n\ntwo"
                                      << "Ed" << time << "one\n\ntwo" << none;
    QTest::newRow("seconds") << "@Ed 2026-11-20T10:04:00Z"
                             << "Ed" << time << "" << none;
    QTest::newRow("offset") << "@Ed 2026-11-20T11:04+01:00"
                            << "Ed" << time << "" << none;
    QTest::newRow("no zone is UTC") << "@Ed 2026-11-20T10:04"
                                    << "Ed" << time << "" << none;
    QTest::newRow("resolved") << "@Ed 2026-11-20T10:04Z resolved"
                              << "Ed" << time << "" << int(Review::Verb::Resolved);
    QTest::newRow("reopened") << "@Ed 2026-11-20T10:04Z reopened: not yet"
                              << "Ed" << time << "not yet" << int(Review::Verb::Reopened);
    QTest::newRow("cm-mode") << "@TL"
                             << "TL" << QDateTime() << "" << none;
    QTest::newRow("name then words") << " @editor on what grounds? "
                                     << "editor" << QDateTime() << "on what grounds?" << none;
    QTest::newRow("plain comment") << " Why? "
                                   << "" << QDateTime() << "Why?" << none;
    QTest::newRow("email is words") << "mail ed@example.com"
                                    << "" << QDateTime() << "mail ed@example.com" << none;
    QTest::newRow("impossible date") << "@Ed 2026-13-45T10:04Z"
                                     << "Ed" << QDateTime() << "2026-13-45T10:04Z" << none;
}

void ReviewTest::attribution_isRead()
{
    QFETCH(QString, content);
    QFETCH(QString, reviewer);
    QFETCH(QDateTime, time);
    QFETCH(QString, words);
    QFETCH(int, verb);
    const Review::Comment comment = Review::readComment(content);
    QCOMPARE(comment.by.reviewer, reviewer);
    QCOMPARE(comment.by.time, time);
    QCOMPARE(comment.text, words);
    QCOMPARE(int(comment.verb), verb);
}

void ReviewTest::attribution_roundTripsThroughCommentMark()
{
    const Attribution by {QStringLiteral("Dr. Ngozi O'Brien-Smith"), utc("2026-02-28T23:59Z")};
    const QString mark = ReviewEdits::commentMark(by, QStringLiteral("Check: the date"));
    QCOMPARE(mark, QStringLiteral("{>>@Dr. Ngozi O'Brien-Smith 2026-02-28T23:59Z: Check: the date<<}"));
    const Review::Comment back = Review::readComment(QStringView(mark).sliced(3, mark.size() - 6));
    QCOMPARE(back.by, by);
    QCOMPARE(back.text, QStringLiteral("Check: the date"));
    // A name that would break the mark or its reading loses the characters that would.
    QCOMPARE(ReviewEdits::cleanReviewerName(QStringLiteral(" @Ed <b>\n{Brooks}: ")), QStringLiteral("Ed b Brooks"));
}

void ReviewTest::change_ownsTheCommentsRightAfterIt()
{
    const QString text
        = QStringLiteral("A {--very--}{>>@Ed 2026-11-20T10:04Z: weak<<}{>>@Maya 2026-11-20T11:00Z: ok<<} "
                         "good {++new++}{>>@Maya 2026-11-20T10:05Z<<} {>>apart<<}");
    const Review review = Review::read(text);
    QCOMPARE(review.items().size(), 3);
    const Review::Item &deletion = review.items().at(0);
    QCOMPARE(deletion.type, Type::Change);
    QCOMPARE(deletion.kind(), Kind::Deletion);
    QCOMPARE(deletion.by.reviewer, QStringLiteral("Ed"));
    QCOMPARE(deletion.comments.size(), 2); // the reason and the reply
    QCOMPARE(deletion.comments.at(1).text, QStringLiteral("ok"));
    QCOMPARE(deletion.whole.of(text).toString(),
             QStringLiteral("{--very--}{>>@Ed 2026-11-20T10:04Z: weak<<}{>>@Maya 2026-11-20T11:00Z: ok<<}"));
    const Review::Item &addition = review.items().at(1);
    QCOMPARE(addition.by, (Attribution {QStringLiteral("Maya"), utc("2026-11-20T10:05Z")}));
    QVERIFY(addition.comments.isEmpty()); // a bare attribution says nothing
    QCOMPARE(review.items().at(2).type, Type::Thread); // a space stands between
    QCOMPARE(review.changeCount(), 2);
    QCOMPARE(review.openThreadCount(), 2);
}

void ReviewTest::comments_rightAfterEachOtherAreAThread()
{
    const QString text = QStringLiteral("{==Tuesday==}{>>@Ed 2026-11-20T10:04Z: Wednesday?<<}{>>@Maya "
                                        "2026-11-20T10:30Z: Tuesday.<<} and {>>@Ed 2026-11-20T10:40Z: a point<<}\n"
                                        "{==bare==}");
    const Review review = Review::read(text);
    QCOMPARE(review.items().size(), 3);
    QCOMPARE(review.items().at(0).type, Type::Thread);
    QCOMPARE(review.items().at(0).kind(), Kind::Highlight);
    QCOMPARE(review.items().at(0).comments.size(), 2);
    QCOMPARE(review.items().at(0).reviewers(), (QStringList {QStringLiteral("Ed"), QStringLiteral("Maya")}));
    QCOMPARE(review.items().at(1).type, Type::Thread);
    QCOMPARE(review.items().at(1).kind(), Kind::Comment);
    QCOMPARE(review.items().at(1).comments.size(), 1);
    QCOMPARE(review.items().at(2).type, Type::Highlight);
    QCOMPARE(review.changeCount(), 0);
}

void ReviewTest::thread_resolvedByItsLastVerb()
{
    const QString resolved = QStringLiteral("{>>@Ed 2026-11-20T10:04Z: fix<<}{>>@Maya 2026-11-20T11:04Z resolved<<}");
    QVERIFY(Review::read(resolved).items().constFirst().resolved);
    QCOMPARE(Review::read(resolved).openThreadCount(), 0);
    const QString reopened = resolved + QStringLiteral("{>>@Ed 2026-11-20T12:04Z reopened: still wrong<<}");
    QVERIFY(!Review::read(reopened).items().constFirst().resolved);
    QCOMPARE(Review::read(reopened).items().constFirst().comments.size(), 3);
}

void ReviewTest::items_haveLineAndColumn()
{
    const QString text = QStringLiteral("---\ntitle: T\n---\nOne {++two++}\nthree\n  {--four--} é{==x==}{>>y<<}");
    const Review review = Review::read(text);
    QCOMPARE(review.items().size(), 3);
    QCOMPARE(review.items().at(0).line, 4);
    QCOMPARE(review.items().at(0).column, 5);
    QCOMPARE(review.items().at(1).line, 6);
    QCOMPARE(review.items().at(1).column, 3);
    QCOMPARE(review.items().at(2).line, 6);
    QCOMPARE(review.items().at(2).column, 15);
}

void ReviewTest::reviewers_inOrderOfFirstAppearance()
{
    const QString text = QStringLiteral("{++a++}{>>@Zoe 2026-11-20T10:04Z<<} {--b--}{>>@Al 2026-11-20T10:04Z<<} "
                                        "{++c++}{>>@Zoe 2026-11-20T10:05Z<<} {>>@TL<<}");
    QCOMPARE(Review::read(text).reviewers(),
             (QStringList {QStringLiteral("Zoe"), QStringLiteral("Al"), QStringLiteral("TL")}));
}

void ReviewTest::itemAt_findsTheItemAroundAPosition()
{
    const QString text = QStringLiteral("ab {++cd++}{>>x<<} ef {--g--}");
    const Review review = Review::read(text);
    QCOMPARE(review.itemAt(0), -1);
    QCOMPARE(review.itemAt(3), 0);
    QCOMPARE(review.itemAt(18), 0); // at its end
    QCOMPARE(review.itemAt(19), -1);
    QCOMPARE(review.itemAt(text.size() - 1), 1);
}

void ReviewTest::moved_isTheReviewOfTheBody()
{
    // The file's review moved back past its front matter is what reading the body alone gives.
    const QString frontMatter = QStringLiteral("---\ntitle: T\nauthor: Maya Okafor\n---\n");
    const QString body = generated(300, 7) + QStringLiteral("\n\nAn {++unclosed mark");
    const QString file = frontMatter + body;
    const Review moved = Review::read(file).moved(-frontMatter.size(), -4);
    const Review read = Review::read(body, CriticMarkup::Start::Body);
    QCOMPARE(moved.items().size(), read.items().size());
    QVERIFY(read.items().size() > 200);
    for (qsizetype i = 0; i < read.items().size(); ++i) {
        const Review::Item &a = moved.items().at(i);
        const Review::Item &b = read.items().at(i);
        QCOMPARE(a.mark, b.mark);
        QCOMPARE(a.whole, b.whole);
        QCOMPARE(a.line, b.line);
        QCOMPARE(a.column, b.column);
        QCOMPARE(a.by, b.by);
        QCOMPARE(a.resolved, b.resolved);
        QCOMPARE(a.comments.size(), b.comments.size());
        for (qsizetype c = 0; c < a.comments.size(); ++c) {
            QCOMPARE(a.comments.at(c).mark, b.comments.at(c).mark);
            QCOMPARE(a.comments.at(c).line, b.comments.at(c).line);
            QCOMPARE(a.comments.at(c).text, b.comments.at(c).text);
        }
    }
    QCOMPARE(moved.problems(), read.problems());
    QCOMPARE(moved.problems().size(), 1);
    QCOMPARE(moved.reviewers(), read.reviewers());
}

void ReviewTest::code_isLiteral()
{
    const QString text = QStringLiteral("`{++a++}` and\n\n```\n{--b--}\n```\n\n    {~~c~>d~~}\n");
    QVERIFY(Review::read(text).isEmpty());
    QCOMPARE(ReviewEdits::view(text, View::Final), text);
}

QTEST_GUILESS_MAIN(ReviewTest)
#include "review_test.moc"
