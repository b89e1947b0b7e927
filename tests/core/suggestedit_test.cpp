#include <QRandomGenerator>
#include <QTest>

#include <review/suggestbatch.h>

using namespace Byline::Core;
using View = ReviewEdits::View;

namespace {

const Attribution maya {QStringLiteral("Maya"), QDateTime(QDate(2026, 11, 20), QTime(10, 4), Qt::UTC)};
const Attribution ed {QStringLiteral("Ed"), QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC)};
const QString mayaTag = QStringLiteral("{>>@Maya 2026-11-20T10:04Z<<}");
const QString edTag = QStringLiteral("{>>@Ed 2026-11-20T11:00Z<<}");

// A text with `|` for the cursor (or `[` `]` for a selection) and what the edit leaves.
struct Edited
{
    QString text;
    qsizetype cursorBefore = 0;
    qsizetype cursorAfter = 0;
    QString refusal;
};

// Applies the writer's edit to `marked`: `|` is the cursor, `[`…`]` a selection; `key` is what
// they typed, "\b" a Backspace, "\x7f" a Delete.
Edited type(const QString &marked, const QString &key, const Attribution &by = maya)
{
    QString text = marked;
    qsizetype start = text.indexOf(QLatin1Char('['));
    qsizetype end = 0;
    if (start >= 0) {
        text.remove(start, 1);
        end = text.indexOf(QLatin1Char(']'));
        text.remove(end, 1);
    } else {
        start = end = text.indexOf(QLatin1Char('|'));
        text.remove(start, 1);
    }
    QString inserted = key;
    if (key == u"\b" || key == u"\x7f") {
        inserted.clear();
        if (start == end) {
            if (key == u"\b")
                --start;
            else
                ++end;
        }
    }
    const Review review = Review::read(text);
    const SuggestEdit::Result result = SuggestEdit::make(text, review, start, end, inserted, by);
    return {ReviewEdits::apply(text, result.edits), result.cursorBefore, result.cursorAfter, result.refusal};
}

// The text with the cursor where Backspace (before) or typing and Delete (after) leave it.
QString withCursor(const Edited &edited, bool before = false)
{
    QString text = edited.text;
    text.insert(before ? edited.cursorBefore : edited.cursorAfter, QLatin1Char('|'));
    return text;
}

// Keys typed one after another, each on the text and cursor the one before left.
QString typeRun(QString marked, const QStringList &keys, const Attribution &by = maya)
{
    for (const QString &key : keys) {
        const Edited edited = type(marked, key, by);
        if (!edited.refusal.isEmpty())
            return QStringLiteral("refused: ") + edited.refusal;
        marked = withCursor(edited, key == u"\b");
    }
    return marked;
}

QStringList chars(const QString &text)
{
    QStringList keys;
    for (const QChar c : text)
        keys.append(QString(c));
    return keys;
}

} // namespace

class SuggestEditTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typing_makesOneAdditionForARun();
    void typing_atTheEdgesOfYourAddition_extendsIt();
    void typing_insideAnotherReviewersAddition_splitsIt();
    void typing_atTheEdgesOfAnotherReviewersAddition_staysOutside();
    void typing_inDeletedTextOrAComment_goesAfterTheMark();
    void backspace_makesOneDeletionForARun();
    void delete_forward_makesOneDeletion();
    void backspace_insideYourAddition_removesCharacters();
    void backspace_acrossAMarksBoundary();
    void deletingAWholeParagraph_keepsItAsADeletion();
    void selection_spanningSeveralMarks();
    void deletingAnotherReviewersAddition_isRefused();
    void typingOverASelection_makesASubstitution_andTypingGoesOn();
    void emptyingYourSubstitution_leavesTheDeletion();
    void inCodeOrFrontMatter_isRefused();
    void pastingMarks_isRefused();
    void randomEdits_neverChangeTheOriginal();
    void batch_narrowsEachEditToWholeWords();
    void batch_placesPositionsBesideWhatWasInserted();
    void batch_leavesOutWhatIsRefused_andMakesTheRest();
    void batch_randomReplaceAll_keepsTheOriginalAndGivesThePlainResult();
};

void SuggestEditTest::typing_makesOneAdditionForARun()
{
    QCOMPARE(typeRun(QStringLiteral("The |fox"), chars(QStringLiteral("red "))),
             QStringLiteral("The {++red |++}") + mayaTag + QStringLiteral("fox"));
    // Enter is a line break added, as text.
    QCOMPARE(typeRun(QStringLiteral("One.|"), {QStringLiteral("\n"), QStringLiteral("T")}),
             QStringLiteral("One.{++\nT|++}") + mayaTag);
}

void SuggestEditTest::typing_atTheEdgesOfYourAddition_extendsIt()
{
    const QString addition = QStringLiteral("{++red++}") + mayaTag;
    QCOMPARE(withCursor(type(QStringLiteral("The ") + addition + QStringLiteral("| fox"), QStringLiteral("!"))),
             QStringLiteral("The {++red!|++}") + mayaTag + QStringLiteral(" fox"));
    QCOMPARE(withCursor(type(QStringLiteral("The |") + addition + QStringLiteral(" fox"), QStringLiteral("a"))),
             QStringLiteral("The {++a|red++}") + mayaTag + QStringLiteral(" fox"));
}

void SuggestEditTest::typing_insideAnotherReviewersAddition_splitsIt()
{
    const Edited edited
        = type(QStringLiteral("The {++bright r|ed++}") + edTag + QStringLiteral(" fox"), QStringLiteral("x"));
    QCOMPARE(withCursor(edited),
             QStringLiteral("The {++bright r++}") + edTag + QStringLiteral("{++x|++}") + mayaTag
                 + QStringLiteral("{++ed++}") + edTag + QStringLiteral(" fox"));
    // Each part still Ed's, and the next key goes on in Maya's.
    const Review review = Review::read(edited.text);
    QCOMPARE(review.items().size(), 3);
    QCOMPARE(review.items().at(0).by.reviewer, QStringLiteral("Ed"));
    QCOMPARE(review.items().at(1).by.reviewer, QStringLiteral("Maya"));
    QCOMPARE(review.items().at(2).by.reviewer, QStringLiteral("Ed"));
    QCOMPARE(typeRun(withCursor(edited), {QStringLiteral("y")}),
             QStringLiteral("The {++bright r++}") + edTag + QStringLiteral("{++xy|++}") + mayaTag
                 + QStringLiteral("{++ed++}") + edTag + QStringLiteral(" fox"));
}

void SuggestEditTest::typing_atTheEdgesOfAnotherReviewersAddition_staysOutside()
{
    QCOMPARE(withCursor(type(QStringLiteral("The {++|red++}") + edTag, QStringLiteral("a"))),
             QStringLiteral("The {++a|++}") + mayaTag + QStringLiteral("{++red++}") + edTag);
    QCOMPARE(withCursor(type(QStringLiteral("The {++red|++}") + edTag, QStringLiteral("a"))),
             QStringLiteral("The {++red++}") + edTag + QStringLiteral("{++a|++}") + mayaTag);
}

void SuggestEditTest::typing_inDeletedTextOrAComment_goesAfterTheMark()
{
    QCOMPARE(withCursor(type(QStringLiteral("The {--o|ld--}") + edTag + QStringLiteral(" fox"), QStringLiteral("a"))),
             QStringLiteral("The {--old--}") + edTag + QStringLiteral("{++a|++}") + mayaTag + QStringLiteral(" fox"));
    QCOMPARE(withCursor(type(QStringLiteral("Fox{>>wh|y<<}."), QStringLiteral("!"))),
             QStringLiteral("Fox{>>why<<}{++!|++}") + mayaTag + QStringLiteral("."));
}

void SuggestEditTest::backspace_makesOneDeletionForARun()
{
    QCOMPARE(
        typeRun(QStringLiteral("The red| fox"), {QStringLiteral("\b"), QStringLiteral("\b"), QStringLiteral("\b")}),
        QStringLiteral("The |{--red--}") + mayaTag + QStringLiteral(" fox"));
}

void SuggestEditTest::delete_forward_makesOneDeletion()
{
    QCOMPARE(typeRun(QStringLiteral("The |red fox"),
                     {QStringLiteral("\x7f"), QStringLiteral("\x7f"), QStringLiteral("\x7f")}),
             QStringLiteral("The {--red--}") + mayaTag + QStringLiteral("| fox"));
}

void SuggestEditTest::backspace_insideYourAddition_removesCharacters()
{
    QCOMPARE(typeRun(QStringLiteral("The {++redd|++}") + mayaTag + QStringLiteral(" fox"), {QStringLiteral("\b")}),
             QStringLiteral("The {++red|++}") + mayaTag + QStringLiteral(" fox"));
    // Emptied, the addition goes, tag and all.
    QCOMPARE(typeRun(QStringLiteral("The {++a|++}") + mayaTag + QStringLiteral(" fox"), {QStringLiteral("\b")}),
             QStringLiteral("The | fox"));
}

void SuggestEditTest::backspace_acrossAMarksBoundary()
{
    // From just after another's deletion: the cursor steps back over it, and the next Backspace
    // deletes the character before it.
    const QString deletion = QStringLiteral("{--old--}") + edTag;
    QCOMPARE(typeRun(QStringLiteral("ab ") + deletion + QStringLiteral("|cd"), {QStringLiteral("\b")}),
             QStringLiteral("ab |") + deletion + QStringLiteral("cd"));
    QCOMPARE(
        typeRun(QStringLiteral("ab ") + deletion + QStringLiteral("|cd"), {QStringLiteral("\b"), QStringLiteral("\b")}),
        QStringLiteral("ab|{-- --}") + mayaTag + deletion + QStringLiteral("cd"));
    // A selection from plain text into your own addition: the plain part deleted, yours removed.
    QCOMPARE(type(QStringLiteral("a[b {++ne]w++}") + mayaTag + QStringLiteral(" c"), QStringLiteral("\b")).text,
             QStringLiteral("a{--b --}") + mayaTag + QStringLiteral("{++w++}") + mayaTag + QStringLiteral(" c"));
}

void SuggestEditTest::deletingAWholeParagraph_keepsItAsADeletion()
{
    const Edited edited = type(QStringLiteral("One.\n\n[Two words here.\n\n]Three.\n"), QStringLiteral("\b"));
    QCOMPARE(edited.text, QStringLiteral("One.\n\n{--Two words here.\n\n--}") + mayaTag + QStringLiteral("Three.\n"));
    QCOMPARE(ReviewEdits::view(edited.text, View::Original), QStringLiteral("One.\n\nTwo words here.\n\nThree.\n"));
    QCOMPARE(ReviewEdits::view(edited.text, View::Final), QStringLiteral("One.\n\nThree.\n"));
}

void SuggestEditTest::selection_spanningSeveralMarks()
{
    const QString text = QStringLiteral("a [b {--c--}") + edTag + QStringLiteral(" d {++e++}") + mayaTag
        + QStringLiteral(" f{>>note<<} g] h");
    const Edited edited = type(text, QStringLiteral("\b"));
    QVERIFY2(edited.refusal.isEmpty(), qPrintable(edited.refusal));
    QCOMPARE(edited.text,
             QStringLiteral("a {--b --}") + mayaTag + QStringLiteral("{--c--}") + edTag + QStringLiteral("{-- d --}")
                 + mayaTag + QStringLiteral("{-- f--}") + mayaTag + QStringLiteral("{>>note<<}{-- g--}") + mayaTag
                 + QStringLiteral(" h"));
    QCOMPARE(ReviewEdits::view(edited.text, View::Final), QStringLiteral("a h"));
    QCOMPARE(ReviewEdits::rawView(edited.text, View::Original),
             ReviewEdits::rawView(QString(text).remove(u'[').remove(u']'), View::Original));
}

void SuggestEditTest::deletingAnotherReviewersAddition_isRefused()
{
    const QString text = QStringLiteral("The {++bright++}") + edTag + QStringLiteral(" fox");
    const Edited edited
        = type(QStringLiteral("The {++brigh|t++}") + edTag + QStringLiteral(" fox"), QStringLiteral("\b"));
    QVERIFY(edited.refusal.contains(QStringLiteral("Ed's suggestion")));
    QCOMPARE(edited.text, text);
}

void SuggestEditTest::typingOverASelection_makesASubstitution_andTypingGoesOn()
{
    const Edited edited = type(QStringLiteral("The [red] fox"), QStringLiteral("b"));
    QCOMPARE(withCursor(edited), QStringLiteral("The {~~red~>b|~~}") + mayaTag + QStringLiteral(" fox"));
    QCOMPARE(typeRun(withCursor(edited), chars(QStringLiteral("lue"))),
             QStringLiteral("The {~~red~>blue|~~}") + mayaTag + QStringLiteral(" fox"));
    // Over marks: the deletion, then the addition after it.
    const Edited over
        = type(QStringLiteral("The [red {--old--}") + edTag + QStringLiteral("] fox"), QStringLiteral("x"));
    QCOMPARE(withCursor(over),
             QStringLiteral("The {--red --}") + mayaTag + QStringLiteral("{--old--}") + edTag
                 + QStringLiteral("{++x|++}") + mayaTag + QStringLiteral(" fox"));
}

void SuggestEditTest::emptyingYourSubstitution_leavesTheDeletion()
{
    QCOMPARE(typeRun(QStringLiteral("The {~~red~>b|~~}") + mayaTag + QStringLiteral(" fox"), {QStringLiteral("\b")}),
             QStringLiteral("The |{--red--}") + mayaTag + QStringLiteral(" fox"));
}

void SuggestEditTest::inCodeOrFrontMatter_isRefused()
{
    for (const QString &text : {QStringLiteral("Run `make| test`."), QStringLiteral("---\ntitle: A|\n---\nText"),
                                QStringLiteral("```\ncode|\n```\n")}) {
        const Edited edited = type(text, QStringLiteral("x"));
        QVERIFY2(edited.refusal.contains(QStringLiteral("code")), qPrintable(text));
        QCOMPARE(edited.text, QString(text).remove(u'|'));
    }
}

void SuggestEditTest::pastingMarks_isRefused()
{
    const Edited edited = type(QStringLiteral("A |b"), QStringLiteral("x {--y--} z"));
    QVERIFY(!edited.refusal.isEmpty());
    QCOMPARE(edited.text, QStringLiteral("A b"));
}

void SuggestEditTest::randomEdits_neverChangeTheOriginal()
{
    // A thousand edits of every kind by two reviewers, anywhere: the original never changes,
    // every result reads back without problems, and the final text shows each edit made.
    QRandomGenerator random(20261203);
    const QString start = QStringLiteral("The council met on Tuesday.\n\nNobody said a word about the buses, which was "
                                         "the story.\n");
    QString text = start;
    const QString original = ReviewEdits::rawView(start, View::Original);
    int refused = 0;
    for (int step = 0; step < 1200; ++step) {
        const Review review = Review::read(text);
        const qsizetype a = random.bounded(text.size() + 1);
        const qsizetype b = random.bounded(2) ? a : std::min(text.size(), a + qsizetype(random.bounded(12)));
        const QStringList words
            = {QString(), QStringLiteral("x"), QStringLiteral(" new words"), QStringLiteral("\n"), QStringLiteral("é")};
        const QString inserted = words.at(random.bounded(words.size()));
        const SuggestEdit::Result result
            = SuggestEdit::make(text, review, a, b, inserted, random.bounded(2) ? maya : ed);
        if (result.refused()) {
            ++refused;
            continue;
        }
        const QString edited = ReviewEdits::apply(text, result.edits);
        QCOMPARE(ReviewEdits::rawView(edited, View::Original), original);
        QVERIFY2(Review::read(edited).problems().isEmpty(), qPrintable(edited));
        QVERIFY(result.cursorBefore >= 0 && result.cursorAfter <= edited.size());
        text = edited;
    }
    QVERIFY2(refused < 600, qPrintable(QString::number(refused)));
    QVERIFY(Review::read(text).items().size() > 50);
}

void SuggestEditTest::batch_narrowsEachEditToWholeWords()
{
    const auto narrowed = [](const QString &text, qsizetype start, qsizetype end, const QString &inserted) {
        const TextEdit edit = SuggestBatch::narrowed(text, {start, end, inserted});
        return QString(text.left(edit.start) + QLatin1Char('[') + text.mid(edit.start, edit.end - edit.start)
                       + QLatin1String("->") + edit.text + QLatin1Char(']') + text.mid(edit.end));
    };
    // A spelling fix replaces the word, not its middle letters.
    QCOMPARE(narrowed(QStringLiteral("see teh cat"), 4, 7, QStringLiteral("the")),
             QStringLiteral("see [teh->the] cat"));
    // A heading level adds one marker; a list marker goes in front.
    QCOMPARE(narrowed(QStringLiteral("## Title"), 0, 8, QStringLiteral("### Title")), QStringLiteral("##[->#] Title"));
    QCOMPARE(narrowed(QStringLiteral("Item"), 0, 4, QStringLiteral("- Item")), QStringLiteral("[->- ]Item"));
    // One word of several changed: only that word.
    QCOMPARE(narrowed(QStringLiteral("a big red dog"), 0, 13, QStringLiteral("a big blue dog")),
             QStringLiteral("a big [red->blue] dog"));
    // Nothing changed: nothing left.
    QCOMPARE(narrowed(QStringLiteral("same"), 0, 4, QStringLiteral("same")), QStringLiteral("same[->]"));
}

void SuggestEditTest::batch_placesPositionsBesideWhatWasInserted()
{
    // Bold around "loud": two additions; the selection goes between them, outside both marks.
    const QString text = QStringLiteral("A loud word.");
    const SuggestBatch batch
        = SuggestBatch::make(text, {{2, 2, QStringLiteral("**")}, {6, 6, QStringLiteral("**")}}, ed);
    const QString made = batch.apply(text);
    QCOMPARE(made,
             QStringLiteral("A {++**++}") + edTag + QStringLiteral("loud{++**++}") + edTag + QStringLiteral(" word."));
    using Bias = SuggestBatch::Bias;
    const qsizetype from = batch.place(4, Bias::Around);
    const qsizetype to = batch.place(8, Bias::Around);
    QCOMPARE(made.mid(from, to - from), QStringLiteral("loud"));
    // Typing goes on inside the addition; a position past every edit moves with the text.
    QCOMPARE(made.mid(batch.place(4), 3), QStringLiteral("++}"));
    QCOMPARE(made.mid(batch.place(15)), QStringLiteral("."));
    QCOMPARE(made.left(batch.place(1)), QStringLiteral("A"));
}

void SuggestEditTest::batch_leavesOutWhatIsRefused_andMakesTheRest()
{
    const QString text = QStringLiteral("cat {++cat++}") + mayaTag + QStringLiteral(" cat");
    const qsizetype inMaya = text.indexOf(QStringLiteral("cat++"));
    const SuggestBatch batch = SuggestBatch::make(text,
                                                  {{0, 3, QStringLiteral("dog")},
                                                   {inMaya, inMaya + 3, QStringLiteral("dog")},
                                                   {text.size() - 3, text.size(), QStringLiteral("dog")}},
                                                  ed);
    QCOMPARE(batch.refusedCount(), 1);
    QVERIFY(batch.refusal().contains(QStringLiteral("Maya")));
    QCOMPARE(ReviewEdits::rawView(batch.apply(text), View::Final), QStringLiteral("dog cat dog"));
    QCOMPARE(ReviewEdits::rawView(batch.apply(text), View::Original), QStringLiteral("cat  cat"));
}

void SuggestEditTest::batch_randomReplaceAll_keepsTheOriginalAndGivesThePlainResult()
{
    // Replacing every occurrence of a word in a plain text: accepting all gives the plain
    // replace-all, rejecting all gives the text back.
    QRandomGenerator random(20261204);
    const QStringList words = {QStringLiteral("the"), QStringLiteral("bus"), QStringLiteral("council"),
                               QStringLiteral("met"), QStringLiteral("a")};
    for (int round = 0; round < 50; ++round) {
        QString text;
        for (int i = 0; i < 60; ++i)
            text += words.at(random.bounded(words.size()))
                + (random.bounded(8) == 0 ? QStringLiteral(".\n\n") : QStringLiteral(" "));
        const QString find = words.at(random.bounded(words.size()));
        const QString replacement = random.bounded(2) ? QStringLiteral("tram") : QString();
        TextEdits edits;
        QString plain = text;
        for (qsizetype at = text.lastIndexOf(find); at >= 0; at = at > 0 ? text.lastIndexOf(find, at - 1) : -1) {
            const bool whole = (at == 0 || !text.at(at - 1).isLetter())
                && (at + find.size() == text.size() || !text.at(at + find.size()).isLetter());
            if (!whole)
                continue;
            edits.append({at, at + find.size(), replacement});
            plain.replace(at, find.size(), replacement);
        }
        const SuggestBatch batch = SuggestBatch::make(text, edits, maya);
        QCOMPARE(batch.refusedCount(), 0);
        const QString made = batch.apply(text);
        QCOMPARE(ReviewEdits::rawView(made, View::Original), text);
        QCOMPARE(ReviewEdits::rawView(made, View::Final), plain);
    }
}

QTEST_GUILESS_MAIN(SuggestEditTest)
#include "suggestedit_test.moc"
