#include <article/articlemerge.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <review/reviewedits.h>

using namespace Byline::Core;

namespace {

QString decidedAll(const QString &text, ReviewEdits::Decision decision)
{
    const Review review = Review::read(text);
    return ReviewEdits::apply(text, ReviewEdits::decideAll(text, review, decision));
}

const Attribution maya {QStringLiteral("Maya Okafor"), QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC)};
const Attribution ed {QStringLiteral("Ed Brooks"), QDateTime(QDate(2026, 12, 4), QTime(10, 30), Qt::UTC)};

ArticleMerge::Result merged(const QString &base, const QString &ours, const QString &theirs)
{
    return ArticleMerge::merge(base, {ours, maya}, {theirs, ed});
}

const QString head = QStringLiteral("---\ntitle: The Last Bus\nstatus: draft\n---\n\n");

// Every word of three or more letters in the body replaced by a fresh one, in the paragraphs
// `keep` chooses: one writer's edits.
QString edited(const QString &text, const std::function<bool(int paragraph)> &keep, QRandomGenerator &random)
{
    QStringList paragraphs = text.split(QStringLiteral("\n\n"));
    static const QRegularExpression word(QStringLiteral("\\b[a-z]{3,}\\b"));
    for (int p = 1; p < paragraphs.size(); ++p) { // the first holds the front matter
        if (!keep(p))
            continue;
        QString &paragraph = paragraphs[p];
        QList<QRegularExpressionMatch> words;
        for (auto it = word.globalMatch(paragraph); it.hasNext();)
            words.append(it.next());
        if (words.isEmpty())
            continue;
        const QRegularExpressionMatch chosen = words.at(random.bounded(int(words.size())));
        paragraph.replace(chosen.capturedStart(), chosen.capturedLength(),
                          QStringLiteral("zq%1").arg(random.bounded(100000)));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

// Random word edits anywhere in the body: words replaced by fresh ones (`fresh` collects them),
// taken out, or fresh ones put in.
QString editedAnywhere(const QString &text, QRandomGenerator &random, int edits, QStringList &fresh)
{
    static const QRegularExpression word(QStringLiteral("\\b[A-Za-z]{3,}\\b"));
    QString out = text;
    for (int k = 0; k < edits; ++k) {
        QList<QRegularExpressionMatch> words;
        for (auto it = word.globalMatch(out, out.indexOf(QStringLiteral("\n---\n"), 3) + 5); it.hasNext();)
            words.append(it.next());
        if (words.isEmpty())
            return out;
        const QRegularExpressionMatch chosen = words.at(random.bounded(int(words.size())));
        const QString newWord = QStringLiteral("zq%1x").arg(random.bounded(1000000));
        switch (random.bounded(3)) {
        case 0:
            out.replace(chosen.capturedStart(), chosen.capturedLength(), newWord);
            fresh.append(newWord);
            break;
        case 1:
            out.remove(chosen.capturedStart(), chosen.capturedLength());
            break;
        default:
            out.insert(chosen.capturedStart(), newWord + u' ');
            fresh.append(newWord);
        }
    }
    return out;
}

} // namespace

class ArticleMergeTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differentSentencesOfOneParagraph_mergeCleanly()
    {
        // The case git's line merge calls a conflict: one paragraph is one line.
        const QString base = head
            + QStringLiteral("The council approved the budget on Tuesday. The mayor said taxes would not rise.\n");
        const QString ours
            = head
            + QStringLiteral(
                  "The city council approved the budget on Tuesday night. The mayor said taxes would not rise.\n");
        const QString theirs
            = head
            + QStringLiteral(
                  "The council approved the budget on Tuesday. The mayor insisted taxes would not rise this year.\n");
        const ArticleMerge::Result result = merged(base, ours, theirs);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.conflicts, 0);
        QCOMPARE(result.text,
                 head
                     + QStringLiteral("The city council approved the budget on Tuesday night. The mayor insisted taxes "
                                      "would not rise this year.\n"));
        QVERIFY(result.taken >= 3);
    }

    void differentParagraphsOfRealTexts_mergeCleanly()
    {
        QRandomGenerator random(20);
        const QDir samples(QStringLiteral(BYLINE_SAMPLES_DIR));
        const QStringList names = samples.entryList({QStringLiteral("*.md")}, QDir::Files);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names) {
            QFile file(samples.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString base = QString::fromUtf8(file.readAll());
            for (int round = 0; round < 5; ++round) {
                const QString ours = edited(
                    base, [](int p) { return p % 2 == 0; }, random);
                const QString theirs = edited(
                    base, [](int p) { return p % 2 == 1; }, random);
                // Both writers' edits, each in its own paragraphs.
                QStringList expected = ours.split(QStringLiteral("\n\n"));
                const QStringList theirParagraphs = theirs.split(QStringLiteral("\n\n"));
                for (int p = 1; p < expected.size(); p += 2)
                    expected[p] = theirParagraphs[p];
                const ArticleMerge::Result result = merged(base, ours, theirs);
                QVERIFY2(result.ok(), qPrintable(result.error));
                QCOMPARE(result.conflicts, 0);
                QCOMPARE(result.text, expected.join(QStringLiteral("\n\n")));
            }
        }
    }

    // Both writers edit anywhere, often the same words: rejecting every suggestion keeps each of
    // our new words, accepting every one each of theirs; nothing either wrote is lost.
    void randomEditsOnBothSides_loseNoWordOfEither()
    {
        QRandomGenerator random(1204);
        const QString base = head
            + QStringLiteral("The last bus leaves the depot at midnight and crosses the river twice.\n\n"
                             "Nobody on board speaks, but the driver hums an old song about the harbour.\n\n"
                             "At the terminus the lights go out one by one, and the city sleeps.\n");
        int conflicted = 0;
        for (int round = 0; round < 300; ++round) {
            QStringList ourWords;
            QStringList theirWords;
            const QString ours = editedAnywhere(base, random, 1 + random.bounded(6), ourWords);
            const QString theirs = editedAnywhere(base, random, 1 + random.bounded(6), theirWords);
            const ArticleMerge::Result result = merged(base, ours, theirs);
            QVERIFY2(result.ok(), qPrintable(result.error));
            conflicted += result.conflicts > 0 ? 1 : 0;
            const QString rejected = decidedAll(result.text, ReviewEdits::Decision::Reject);
            const QString accepted = decidedAll(result.text, ReviewEdits::Decision::Accept);
            QVERIFY(Review::read(rejected).items().isEmpty());
            for (const QString &word : std::as_const(ourWords)) {
                if (ours.contains(word)) // not taken out again by a later edit
                    QVERIFY2(rejected.contains(word), qPrintable(result.text));
            }
            for (const QString &word : std::as_const(theirWords)) {
                if (theirs.contains(word))
                    QVERIFY2(accepted.contains(word), qPrintable(result.text));
            }
            if (result.conflicts == 0)
                QCOMPARE(rejected, accepted);
        }
        QVERIFY(conflicted > 10); // the test reaches conflicts, not only clean merges
    }

    void sameWordsChangedDifferently_becomeSuggestionsThatKeepBothVersions()
    {
        const QString base = head + QStringLiteral("The bus left at nine. Nobody waved.\n\nThe driver sang.\n");
        const QString ours = head + QStringLiteral("The bus left at ten. Nobody waved.\n\nThe driver hummed.\n");
        const QString theirs
            = head + QStringLiteral("The bus left at midnight. Nobody waved.\n\nThe driver whistled.\n");
        const ArticleMerge::Result result = merged(base, ours, theirs);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.conflicts, 2);
        QVERIFY(!result.text.contains(QStringLiteral("<<<<<<<")));
        QVERIFY(result.text.startsWith(head));
        // Their wording is offered over ours, signed by them.
        const Review review = Review::read(result.text);
        QVERIFY(!review.items().isEmpty());
        for (const Review::Item &item : review.items()) {
            QVERIFY(item.isBy(ed.reviewer));
            // ...and answered by us, so the panel names both writers.
            QCOMPARE(item.comments.size(), 1);
            QCOMPARE(item.comments.constFirst().by.reviewer, maya.reviewer);
            QCOMPARE(item.comments.constFirst().by.time, maya.time);
        }
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Accept), theirs);
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Reject), ours);
    }

    void intoADraft_everyChangeOfTheirsIsASuggestion_rejectingGivesTheDraftBack()
    {
        const QString base = head + QStringLiteral("The bus left at nine. Nobody waved.\n\nThe driver sang.\n");
        const QString draft = head + QStringLiteral("The bus left at ten. Nobody waved.\n\nThe driver sang.\n");
        const QString theirs
            = head + QStringLiteral("The bus left at midnight. Nobody waved back.\n\nThe driver sang.\n");
        const ArticleMerge::Result result = ArticleMerge::intoDraft(base, {draft, maya}, {theirs, ed});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.conflicts, 2); // the clean "back" too, so the writer sees it
        const Review review = Review::read(result.text);
        for (const Review::Item &item : review.items())
            QVERIFY(item.isBy(ed.reviewer));
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Reject), draft);
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Accept), theirs);
        // Nothing new from them: the draft as it is.
        QCOMPARE(ArticleMerge::intoDraft(base, {draft, maya}, {base, ed}).text, draft);
    }

    void aConflictBesideCleanEdits_keepsTheCleanOnesWhicheverWayItGoes()
    {
        const QString base = head + QStringLiteral("One two three four five.\n\nSix seven eight.\n");
        const QString ours = head + QStringLiteral("One TWO three four five.\n\nSix seven eight.\n");
        const QString theirs = head + QStringLiteral("One deux three four five.\n\nSix seven huit.\n");
        const ArticleMerge::Result result = merged(base, ours, theirs);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.conflicts, 1);
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Accept),
                 head + QStringLiteral("One deux three four five.\n\nSix seven huit.\n"));
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Reject),
                 head + QStringLiteral("One TWO three four five.\n\nSix seven huit.\n"));
    }

    void editsSideBySide_mergeAsBoth()
    {
        // One replaces a word, the other adds words right after it: nothing of either is lost.
        const QString base = head + QStringLiteral("The driver sang.\n");
        const ArticleMerge::Result result = merged(base, head + QStringLiteral("The driver hummed.\n"),
                                                   head + QStringLiteral("The driver sang softly.\n"));
        QVERIFY(result.ok());
        QCOMPARE(result.conflicts, 0);
        QCOMPARE(result.text, head + QStringLiteral("The driver hummed softly.\n"));
    }

    void theSameChangeOnBothSides_isTakenOnce()
    {
        const QString base = head + QStringLiteral("It rained in the city.\n");
        const QString both = head + QStringLiteral("It poured in the city.\n");
        const ArticleMerge::Result result = merged(base, both, both);
        QVERIFY(result.ok());
        QCOMPARE(result.conflicts, 0);
        QCOMPARE(result.text, both);
        // Both adding the same words at one place, too.
        const QString added = head + QStringLiteral("It rained hard in the city.\n");
        QCOMPARE(merged(base, added, added).text, added);
    }

    void oneSideUnchanged_givesTheOther()
    {
        const QString base = head + QStringLiteral("Quiet streets.\n");
        const QString changed = QString(head).replace(QStringLiteral("draft"), QStringLiteral("review"))
            + QStringLiteral("Quiet, wet streets.\n");
        QCOMPARE(merged(base, base, changed).text, changed);
        QCOMPARE(merged(base, changed, base).text, changed);
        QCOMPARE(merged(base, base, base).text, base);
    }

    void bothAddingDifferentWordsAtOnePlace_isAConflict()
    {
        const QString base = head + QStringLiteral("The night bus.\n");
        const QString ours = head + QStringLiteral("The late night bus.\n");
        const QString theirs = head + QStringLiteral("The last night bus.\n");
        const ArticleMerge::Result result = merged(base, ours, theirs);
        QVERIFY(result.ok());
        QCOMPARE(result.conflicts, 1);
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Accept), theirs);
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Reject), ours);
    }

    void frontMatter_mergesKeyByKey_theLaterChangeWinningAKeyBothChanged()
    {
        const QString body = QStringLiteral("\nText.\n");
        const QString base = QStringLiteral("---\ntitle: Night Bus\nstatus: draft\ntags: [city]\n---\n") + body;
        const QString ours = QStringLiteral("---\ntitle: The Night Bus\nstatus: review\ntags: [city]\n---\n") + body;
        const QString theirs
            = QStringLiteral("---\ntitle: Night Bus\nstatus: published\ntags: [city, night]\n---\n") + body;
        const ArticleMerge::Result result = merged(base, ours, theirs); // theirs (Ed) is later
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.text.contains(QStringLiteral("title: The Night Bus")));
        QVERIFY(result.text.contains(QStringLiteral("status: published")));
        QVERIFY(result.text.contains(QStringLiteral("night")));
        QVERIFY(result.text.endsWith(body));
        QCOMPARE(result.notes.size(), 1);
        QVERIFY(result.notes.first().contains(QStringLiteral("status")));
        QVERIFY(result.notes.first().contains(ed.reviewer));
        // The other way round, ours is later and keeps its status.
        const ArticleMerge::Result earlier
            = ArticleMerge::merge(base, {ours, {maya.reviewer, ed.time.addSecs(60)}}, {theirs, ed});
        QVERIFY(earlier.text.contains(QStringLiteral("status: review")));
        QVERIFY(earlier.text.contains(QStringLiteral("title: The Night Bus")));
    }
};

QTEST_GUILESS_MAIN(ArticleMergeTest)
#include "articlemerge_test.moc"
