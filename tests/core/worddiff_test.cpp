#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <review/diffsuggestions.h>
#include <review/reviewedits.h>
#include <review/worddiff.h>

using namespace Byline::Core;

namespace {

// The new text rebuilt from the old one and the changes: what every change claims, checked.
QString replay(QStringView before, QStringView after, const WordDiff &diff)
{
    QString out;
    qsizetype at = 0;
    for (const WordDiff::Change &change : diff.changes()) {
        if (change.isMove() && change.kind() == WordDiff::Kind::Added) {
            out += before.sliced(at, change.before.start - at);
            out += change.after.of(after);
            at = change.before.start;
            continue;
        }
        out += before.sliced(at, change.before.start - at);
        out += change.after.of(after);
        at = change.before.end;
    }
    out += before.sliced(at);
    return out;
}

QString decidedAll(const QString &text, ReviewEdits::Decision decision)
{
    const Review review = Review::read(text);
    return ReviewEdits::apply(text, ReviewEdits::decideAll(text, review, decision));
}

QStringList realTexts()
{
    QStringList texts;
    const QStringList folders {QStringLiteral(BYLINE_SAMPLES_DIR), QStringLiteral(BYLINE_CORPUS_DIR)};
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                texts.append(QString::fromUtf8(file.readAll()));
        }
    }
    return texts;
}

// Random word edits, as a writer or an editor makes them: words replaced by fresh ones, taken out,
// put in, a paragraph moved. Fresh words are unlike any in the text, so both comparers must name
// them.
struct Edited
{
    QString text;
    QStringList freshWords;
};

Edited editWords(const QString &text, QRandomGenerator &random, int edits)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QList<std::pair<qsizetype, qsizetype>> spans;
    // Words of the body: the front matter cannot hold marks (suggestions_frontMatter_… covers it).
    for (auto it = word.globalMatch(text, DiffSuggestions::bodyStart(text)); it.hasNext();) {
        const auto match = it.next();
        spans.append({match.capturedStart(), match.capturedLength()});
    }
    Edited edited {text, {}};
    if (spans.isEmpty())
        return edited;
    QList<qsizetype> chosen;
    for (int k = 0; k < edits; ++k)
        chosen.append(random.bounded(spans.size()));
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    for (auto it = chosen.crbegin(); it != chosen.crend(); ++it) {
        const auto [start, length] = spans[*it];
        const QString fresh = QStringLiteral("zq%1x").arg(random.bounded(1000000));
        switch (random.bounded(3)) {
        case 0:
            edited.text.replace(start, length, fresh);
            edited.freshWords.append(fresh);
            break;
        case 1:
            edited.text.remove(start,
                               length + (start + length < edited.text.size() && edited.text[start + length] == u' '));
            break;
        default:
            edited.text.insert(start, fresh + u' ');
            edited.freshWords.append(fresh);
            break;
        }
    }
    return edited;
}

// The words a command-line word diff reports as inserted (-1 hides deletions, -3 the common words).
QSet<QString> insertedBy(const QString &program, const QStringList &options, const QString &before,
                         const QString &after)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.md"));
    const QString b = dir.filePath(QStringLiteral("b.md"));
    for (const auto &[path, text] : {std::pair(a, before), std::pair(b, after)}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text.toUtf8());
    }
    QProcess process;
    process.start(program, options + QStringList {a, b});
    process.waitForFinished(60000);
    QSet<QString> words;
    static const QRegularExpression fresh(QStringLiteral("zq\\d+x"));
    for (auto it = fresh.globalMatch(QString::fromUtf8(process.readAllStandardOutput())); it.hasNext();)
        words.insert(it.next().captured());
    return words;
}

} // namespace

class WordDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_equalTexts_hasNoChanges()
    {
        const QString text = QStringLiteral("The council met on Tuesday.\n\nIt voted.\n");
        QVERIFY(WordDiff::compare(text, text).isEmpty());
        QVERIFY(WordDiff::compare(QString(), QString()).isEmpty());
    }

    void compare_oneWord_isOneChangeOfThatWord()
    {
        const QString before = QStringLiteral("The council approved the budget on Tuesday.");
        const QString after = QStringLiteral("The council approved the budget on Wednesday.");
        const WordDiff diff = WordDiff::compare(before, after);
        QCOMPARE(diff.changes().size(), 1);
        const WordDiff::Change &change = diff.changes().first();
        QCOMPARE(change.kind(), WordDiff::Kind::Replaced);
        QCOMPARE(change.before.of(before), u"Tuesday");
        QCOMPARE(change.after.of(after), u"Wednesday");
        QCOMPARE(diff.wordsDeleted(), 1);
        QCOMPARE(diff.wordsAdded(), 1);
    }

    void compare_wordsApartOnlyByASpace_readAsOneChange()
    {
        const QString before = QStringLiteral("the quick brown fox");
        const QString after = QStringLiteral("a slow brown fox");
        const WordDiff diff = WordDiff::compare(before, after);
        QCOMPARE(diff.changes().size(), 1);
        QCOMPARE(diff.changes().first().before.of(before), u"the quick");
        QCOMPARE(diff.changes().first().after.of(after), u"a slow");
    }

    void compare_tokens_keepWordsWholeAndPunctuationApart()
    {
        // An apostrophe inside a word is part of it; a comma is a token of its own.
        const QString before = QStringLiteral("It isn't late, she said.");
        const QString after = QStringLiteral("It wasn't late; she said.");
        const WordDiff diff = WordDiff::compare(before, after);
        QCOMPARE(diff.changes().size(), 2);
        QCOMPARE(diff.changes().at(0).before.of(before), u"isn't");
        QCOMPARE(diff.changes().at(0).after.of(after), u"wasn't");
        QCOMPARE(diff.changes().at(1).before.of(before), u",");
        QCOMPARE(diff.changes().at(1).after.of(after), u";");
        QCOMPARE(diff.wordsDeleted(), 1);
    }

    void compare_nonLatinWords_areWords()
    {
        const QString before = QStringLiteral("Straße über Köln — 東京 est belle");
        const QString after = QStringLiteral("Straße unter Köln — 東京 est belle");
        const WordDiff diff = WordDiff::compare(before, after);
        QCOMPARE(diff.changes().size(), 1);
        QCOMPARE(diff.changes().first().before.of(before), u"über");
    }

    void compare_movedParagraph_namesItsOtherPlace()
    {
        const QString first = QStringLiteral("The first paragraph says something long enough.\n");
        const QString second = QStringLiteral("The second paragraph says something else entirely.\n");
        const QString third = QStringLiteral("The third paragraph closes the column for today.\n");
        const QString before = first + u'\n' + second + u'\n' + third;
        const QString after = second + u'\n' + third + u'\n' + first;
        const WordDiff diff = WordDiff::compare(before, after);
        QCOMPARE(replay(before, after, diff), after);
        const auto moves = std::count_if(diff.changes().cbegin(), diff.changes().cend(),
                                         [](const WordDiff::Change &change) { return change.isMove(); });
        QCOMPARE(moves, 2);
        for (qsizetype k = 0; k < diff.changes().size(); ++k) {
            const WordDiff::Change &change = diff.changes().at(k);
            if (!change.isMove())
                continue;
            const WordDiff::Change &other = diff.changes().at(change.movedWith);
            QCOMPARE(other.movedWith, k);
            QCOMPARE(change.kind() == WordDiff::Kind::Deleted ? change.before.of(before) : change.after.of(after),
                     first);
        }
    }

    void compare_randomEditsOfRealTexts_replayToTheNewText()
    {
        QRandomGenerator random(19);
        const QStringList texts = realTexts();
        QVERIFY(!texts.isEmpty());
        for (const QString &text : texts) {
            const Edited edited = editWords(text, random, 1 + random.bounded(12));
            const WordDiff diff = WordDiff::compare(text, edited.text);
            QCOMPARE(replay(text, edited.text, diff), edited.text);
            QCOMPARE(diff.isEmpty(), text == edited.text);
            for (qsizetype k = 1; k < diff.changes().size(); ++k) {
                QVERIFY(diff.changes()[k - 1].before.end <= diff.changes()[k].before.start);
                QVERIFY(diff.changes()[k - 1].after.end <= diff.changes()[k].after.start);
            }
        }
    }

    // Drafts prepared where they are read (lines found and hashed, front matter left out) compare
    // as the texts do, the ranges in the whole texts.
    void compare_preparedDrafts_likeTheirTexts()
    {
        QRandomGenerator random(2026);
        const QString frontMatter = QStringLiteral("---\ntitle: A Column\nstatus: draft\n---\n");
        for (const QString &body : realTexts()) {
            const QString text = frontMatter + body;
            const QString editedBody = editWords(body, random, 8).text;
            if (editedBody == body)
                continue; // a file of front matter only
            const QString edited = QStringLiteral("---\ntitle: A Column\n---\n") + editedBody;
            const qsizetype oldBody = DiffSuggestions::bodyStart(text);
            const qsizetype newBody = DiffSuggestions::bodyStart(edited);
            QVERIFY(oldBody > 0 && newBody > 0);
            const WordDiff direct = WordDiff::compare(text, edited, oldBody, newBody);
            const WordDiff viaLines = WordDiff::compare(WordDiff::Prepared(text, oldBody, LineStarts(text)),
                                                        WordDiff::Prepared(edited, newBody, LineStarts(edited)));
            const WordDiff scanned
                = WordDiff::compare(WordDiff::Prepared(text, oldBody), WordDiff::Prepared(edited, newBody));
            QVERIFY(!direct.isEmpty());
            QCOMPARE(viaLines.changes(), direct.changes());
            QCOMPARE(scanned.changes(), direct.changes());
            QCOMPARE(viaLines.wordsAdded(), direct.wordsAdded());
            // A body without a last line break, and one that is only front matter.
            const QString unfinished = text.chopped(1);
            QCOMPARE(WordDiff::compare(WordDiff::Prepared(unfinished, oldBody, LineStarts(unfinished)),
                                       WordDiff::Prepared(text, oldBody, LineStarts(text)))
                         .changes()
                         .size(),
                     1);
            QVERIFY(WordDiff::compare(WordDiff::Prepared(frontMatter, frontMatter.size(), LineStarts(frontMatter)),
                                      WordDiff::Prepared(frontMatter, frontMatter.size()))
                        .isEmpty());
        }
    }

    void suggestions_ofRandomEditsOfRealTexts_acceptToNewAndRejectToOld()
    {
        QRandomGenerator random(1119);
        const Attribution by {QStringLiteral("Ed Brooks"), QDateTime(QDate(2026, 12, 4), QTime(18, 0), Qt::UTC)};
        for (const QString &text : realTexts()) {
            for (int round = 0; round < 3; ++round) {
                const Edited edited = editWords(text, random, 1 + random.bounded(20));
                const DiffSuggestions::Result result = DiffSuggestions::make(text, edited.text, by);
                QVERIFY2(result.ok(), qPrintable(result.error));
                QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Accept), edited.text);
                QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Reject), text);
                const Review review = Review::read(result.text);
                QCOMPARE(review.items().size(), result.suggestions);
                for (const Review::Item &item : review.items())
                    QCOMPARE(item.by.reviewer, by.reviewer);
            }
        }
    }

    void suggestions_inCode_takeTheWholeBlockOrLine()
    {
        const QString before = QStringLiteral("Intro line.\n\n```\nint x = 1;\n```\n\nRun `make test` now.\n");
        const QString after = QStringLiteral("Intro line.\n\n```\nint x = 2;\n```\n\nRun `make check` now.\n");
        const DiffSuggestions::Result result = DiffSuggestions::make(before, after, {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.suggestions, 2);
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Accept), after);
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Reject), before);
        QVERIFY(result.text.contains(u"{~~Run `make test` now.~>Run `make check` now.~~}"));
    }

    void suggestions_textHoldingDelimiters_stillReadsBack()
    {
        const QString before = QStringLiteral("Write --} and ++} and ~> and ~~} here.\n");
        const QString after = QStringLiteral("Write ++} and --} or ~~} and ~> there.\n");
        const DiffSuggestions::Result result = DiffSuggestions::make(before, after, {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Accept), after);
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Reject), before);
    }

    void suggestions_frontMatter_isTheNewOneAndSaysSo()
    {
        const QString before = QStringLiteral("---\ntitle: Old\nstatus: draft\n---\nThe body is here.\n");
        const QString after = QStringLiteral("---\ntitle: New\nstatus: draft\n---\nThe body was here.\n");
        const DiffSuggestions::Result result = DiffSuggestions::make(before, after, {});
        QVERIFY(result.ok());
        QVERIFY(result.frontMatterChanged);
        QVERIFY(result.text.startsWith(u"---\ntitle: New\n"));
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Accept), after);
        QCOMPARE(decidedAll(result.text, ReviewEdits::Decision::Reject),
                 QStringLiteral("---\ntitle: New\nstatus: draft\n---\nThe body is here.\n"));
    }

    void suggestions_draftsWithTheirOwnMarks_keepThem()
    {
        const QString before = QStringLiteral("A {++kept++} mark and an old word.\n");
        const QString after = QStringLiteral("A {++kept++} mark and a new word.\n");
        const DiffSuggestions::Result result
            = DiffSuggestions::make(before, after, {QStringLiteral("Ed"), QDateTime()});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.suggestions, 1);
        QVERIFY(result.text.startsWith(u"A {++kept++} mark and "));
    }

    void insertedWords_agreeWithWdiffAndDwdiff()
    {
        const QString wdiff = QStandardPaths::findExecutable(QStringLiteral("wdiff"));
        const QString dwdiff = QStandardPaths::findExecutable(QStringLiteral("dwdiff"));
        if (wdiff.isEmpty() || dwdiff.isEmpty())
            QSKIP("wdiff and dwdiff are not installed (packaging/install-deps.sh installs them)");
        QRandomGenerator random(7);
        const QStringList texts = realTexts();
        for (qsizetype k = 0; k < std::min<qsizetype>(texts.size(), 12); ++k) {
            const QString &text = texts[k];
            const Edited edited = editWords(text, random, 1 + random.bounded(15));
            const WordDiff diff = WordDiff::compare(text, edited.text);
            QSet<QString> ours;
            static const QRegularExpression fresh(QStringLiteral("zq\\d+x"));
            for (const WordDiff::Change &change : diff.changes()) {
                for (auto it = fresh.globalMatch(change.after.of(edited.text)); it.hasNext();)
                    ours.insert(it.next().captured());
            }
            const QSet<QString> expected(edited.freshWords.cbegin(), edited.freshWords.cend());
            QCOMPARE(ours, expected);
            const QStringList quiet {QStringLiteral("-1"), QStringLiteral("-3")};
            QCOMPARE(insertedBy(wdiff, quiet, text, edited.text), ours);
            QCOMPARE(insertedBy(dwdiff, quiet, text, edited.text), ours);
        }
    }
};

QTEST_GUILESS_MAIN(WordDiffTest)
#include "worddiff_test.moc"
