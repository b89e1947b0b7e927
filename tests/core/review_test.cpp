#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <review/review.h>
#include <review/reviewedits.h>

using namespace Byline::Core;
using Kind = CriticMarkup::Kind;
using Type = Review::Item::Type;
using Decision = ReviewEdits::Decision;
using View = ReviewEdits::View;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QString decideOne(const QString &text, qsizetype index, Decision decision)
{
    const Review review = Review::read(text);
    return ReviewEdits::apply(text, ReviewEdits::decide(text, review.items().at(index), decision));
}

QString decideAll(const QString &text, Decision decision, const QString &reviewer = {})
{
    return ReviewEdits::apply(text, ReviewEdits::decideAll(text, Review::read(text), decision, reviewer));
}

// The spec's reading, written from criticmarkup.com's reference expressions (non-greedy, across
// lines): every mark replaced by what accepting or rejecting it leaves, comments removed.
QString oracle(QString text, Decision decision)
{
    const bool accept = decision == Decision::Accept;
    const auto replace
        = [&text](const char *pattern, const std::function<QString(const QRegularExpressionMatch &)> &by) {
              static QHash<QString, QRegularExpression> cache;
              const QString key = QString::fromLatin1(pattern);
              auto it = cache.find(key);
              if (it == cache.end())
                  it = cache.insert(key, QRegularExpression(key, QRegularExpression::DotMatchesEverythingOption));
              QString out;
              qsizetype at = 0;
              for (auto matches = it->globalMatch(text); matches.hasNext();) {
                  const QRegularExpressionMatch match = matches.next();
                  out += QStringView(text).sliced(at, match.capturedStart() - at);
                  out += by(match);
                  at = match.capturedEnd();
              }
              out += QStringView(text).sliced(at);
              text = out;
          };
    // One pass over all kinds at once, as a mark's content is never read as another mark.
    replace(
        R"(\{\+\+(.*?)\+\+\}|\{--(.*?)--\}|\{~~((?:[^~>]|~(?!>))+)~>((?:[^~]|~(?!~\}))+)~~\}|\{>>(.*?)<<\}|\{==(.*?)==\})",
        [accept](const QRegularExpressionMatch &m) {
            if (m.capturedStart(1) >= 0)
                return accept ? m.captured(1) : QString();
            if (m.capturedStart(2) >= 0)
                return accept ? QString() : m.captured(2);
            if (m.capturedStart(3) >= 0)
                return accept ? m.captured(4) : m.captured(3);
            if (m.capturedStart(5) >= 0)
                return QString();
            return m.captured(6);
        });
    return text;
}

// Spacing aside: the oracle leaves a double space where a mark went between two spaces, Byline
// closes the seam.
QString words(const QString &text)
{
    static const QRegularExpression spaceBeforePunctuation(QStringLiteral(R"( +(?=[.,;:!?)\]\n]|$))"));
    QString result = text;
    result.replace(spaceBeforePunctuation, QString());
    return result.simplified();
}

const QStringList &vocabulary()
{
    static const QStringList list = QStringLiteral("the council met again on Tuesday and nobody said a word about the "
                                                   "buses ; which , frankly , was the story . a long night ended early")
                                        .split(QLatin1Char(' '));
    return list;
}

// A document of plain words and `marks` marks of every kind, by two reviewers, some with replies.
QString generated(int marks, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList &vocab = vocabulary();
    const auto phrase = [&](int atLeast) {
        QStringList taken;
        const int count = atLeast + int(random.bounded(4));
        for (int i = 0; i < count; ++i)
            taken.append(vocab.at(random.bounded(vocab.size())));
        return taken.join(QLatin1Char(' '));
    };
    const QStringList names = {QStringLiteral("Maya Okafor"), QStringLiteral("Ed Brooks")};
    QString text;
    for (int i = 0; i < marks; ++i) {
        text += phrase(1);
        text += random.bounded(8) == 0 ? QStringLiteral("\n\n") : QStringLiteral(" ");
        const Attribution by {names.at(random.bounded(2)), utc("2026-11-20T10:04Z").addSecs(60 * i)};
        switch (random.bounded(6)) {
        case 0:
            text += QStringLiteral("{++") + phrase(1) + QStringLiteral("++}");
            break;
        case 1:
            text += QStringLiteral("{--") + phrase(1) + QStringLiteral("--}");
            break;
        case 2:
            text += QStringLiteral("{~~") + phrase(1) + QStringLiteral("~>") + phrase(1) + QStringLiteral("~~}");
            break;
        case 3:
            text += QStringLiteral("{==") + phrase(1) + QStringLiteral("==}");
            break;
        case 4:
            text += QStringLiteral("{++") + phrase(1) + QStringLiteral("\n\n") + phrase(1) + QStringLiteral("++}");
            break;
        default:
            break;
        }
        // Attribution, discussion and replies after some marks; a lone comment after plain text.
        for (int said = int(random.bounded(3)); said > 0; --said)
            text += ReviewEdits::commentMark(by, random.bounded(2) ? phrase(1) : QString());
        text += QLatin1Char(' ');
    }
    return text + phrase(1) + QLatin1Char('.');
}

} // namespace

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

void ReviewTest::decide_eachKind_data()
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

void ReviewTest::decide_eachKind()
{
    QFETCH(QString, text);
    QFETCH(QString, accepted);
    QFETCH(QString, rejected);
    QCOMPARE(decideOne(text, 0, Decision::Accept), accepted);
    QCOMPARE(decideOne(text, 0, Decision::Reject), rejected);
}

void ReviewTest::decide_takesTheChangesCommentsAlong()
{
    const QString text = QStringLiteral("x {--y--}{>>@Ed 2026-11-20T10:04Z: why<<}{>>@Maya 2026-11-20T10:05Z: ok<<} z");
    QCOMPARE(decideOne(text, 0, Decision::Accept), QStringLiteral("x z"));
    QCOMPARE(decideOne(text, 0, Decision::Reject), QStringLiteral("x y z"));
}

void ReviewTest::decide_closesTheSeam_data()
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

void ReviewTest::decide_closesTheSeam()
{
    QFETCH(QString, text);
    QFETCH(int, decision);
    QFETCH(QString, expected);
    QCOMPARE(
        decideAll(ReviewEdits::apply(text, ReviewEdits::removeComments(text, Review::read(text))), Decision(decision)),
        expected);
}

void ReviewTest::decideAll_byReviewer()
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

void ReviewTest::decideAll_keepsThreads()
{
    const QString text = QStringLiteral("{==x==}{>>@Ed 2026-11-20T10:04Z: hm<<} {++y++}");
    QCOMPARE(decideAll(text, Decision::Accept), QStringLiteral("{==x==}{>>@Ed 2026-11-20T10:04Z: hm<<} y"));
}

void ReviewTest::views_finalAndOriginal()
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

void ReviewTest::view_keepLines_keepsLineNumbers()
{
    const QString text = QStringLiteral("one {--two\n\nthree--} four\n{>>a\nb<<}five\n{~~x\ny~>z~~}\nsix");
    const QString final = ReviewEdits::view(text, View::Final, CriticMarkup::Start::MayHaveFrontMatter, true);
    QCOMPARE(final.count(QLatin1Char('\n')), text.count(QLatin1Char('\n')));
    QCOMPARE(final.split(QLatin1Char('\n')).constLast(), QStringLiteral("six"));
    QCOMPARE(final, QStringLiteral("one \n\n four\n\nfive\nz\n\nsix"));
}

void ReviewTest::removeComments_keepsChangesAndWhoMadeThem()
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

void ReviewTest::reply_joinsTheThread()
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

void ReviewTest::setResolved_addsAVerb()
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

void ReviewTest::addComment_highlightsTheSelection()
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

void ReviewTest::addComment_onAChange_joinsItsThread()
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

void ReviewTest::addComment_inCode_isRefused()
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

void ReviewTest::commentMark_wordsCannotCloseItEarly()
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

void ReviewTest::mapPosition_followsEdits()
{
    const TextEdits edits {{2, 4, QStringLiteral("xyz")}, {10, 12, QString()}};
    QCOMPARE(ReviewEdits::mapPosition(1, edits), 1);
    QCOMPARE(ReviewEdits::mapPosition(3, edits), 5); // inside: to the end of the replacement
    QCOMPARE(ReviewEdits::mapPosition(4, edits), 5);
    QCOMPARE(ReviewEdits::mapPosition(11, edits), 11);
    QCOMPARE(ReviewEdits::mapPosition(20, edits), 19);
}

void ReviewTest::acceptAndReject_agreeWithTheSpecsReading()
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

QTEST_GUILESS_MAIN(ReviewTest)
#include "review_test.moc"
