#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <review/reviewrender.h>

using namespace Byline::Core;
using View = ReviewEdits::View;

namespace {

RenderResult render(const QString &body, View view, RenderOptions options = {})
{
    return ReviewRender::render(body, options, {view, false});
}

// Every span closes inside the element it opened in: a mark never straddles a paragraph's end.
bool spansNest(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral(R"(<(/?)([a-z0-9]+)[^>]*?(/?)>)"));
    QStringList open;
    for (auto matches = tag.globalMatch(html); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        const QString name = match.captured(2);
        if (!match.captured(3).isEmpty() || name == u"br" || name == u"hr" || name == u"img")
            continue;
        if (match.captured(1).isEmpty()) {
            open.append(name);
        } else if (open.isEmpty() || open.takeLast() != name) {
            return false;
        }
    }
    return open.isEmpty();
}

// What QTextDocument (the preview's and PDF's engine) draws over the text `words`.
QTextCharFormat formatOf(QTextDocument &document, const QString &words)
{
    const QTextCursor found = document.find(words);
    if (found.isNull())
        return {};
    QTextCursor at(&document);
    at.setPosition(found.selectionStart() + 1);
    return at.charFormat();
}

const char *const sample = "A {++new++}{>>@Maya Okafor 2026-11-20T10:04Z<<} line and {--old words--}{>>@Ed Brooks "
                           "2026-11-20T10:05Z: weak<<} and {~~cat~>dog~~}.\n"
                           "\n"
                           "# {++Added heading++}\n"
                           "\n"
                           "{==Tuesday==}{>>@Ed Brooks 2026-11-20T10:06Z: Wednesday?<<}{>>@Maya Okafor "
                           "2026-11-20T10:30Z: Tuesday.<<} was {++the first\n\nand second++} day.\n"
                           "\n"
                           "Code `{++literal++}` stays.\n";

} // namespace

class ReviewRenderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markup_showsEveryChangeAndNote();
    void markup_neverLetsCmarkSeeTheMarks();
    void markup_splitsMarksPerBlock();
    void markup_keepsBlockSyntax();
    void markup_isDrawnByQTextDocument();
    void markup_hidesResolvedThreadsUnlessAsked();
    void views_finalAndOriginal();
    void stats_areTheFinalTextsInEveryView();
    void lines_stayTheBodysInEveryView();
    void colors_perReviewerInOrder();
    void plainText_rendersAsBefore();
    void displayTime_isLocalTimeAcrossOffsetChanges_data();
    void displayTime_isLocalTimeAcrossOffsetChanges();
};

void ReviewRenderTest::markup_showsEveryChangeAndNote()
{
    const QString html = render(QString::fromUtf8(sample), View::Markup).html;
    QVERIFY2(html.contains(QStringLiteral("class=\"critic-ins\" style=\"color:#1565c0;text-decoration:underline\"")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral(">new</span>")));
    QVERIFY(html.contains(QStringLiteral("class=\"critic-del\" style=\"color:#c62828;text-decoration:line-through\"")));
    QVERIFY(html.contains(QStringLiteral(">old words</span>")));
    QVERIFY(html.contains(QStringLiteral(">cat</span><span class=\"critic-ins\"")));
    QVERIFY(html.contains(QStringLiteral("<b>Ed Brooks</b>")));
    QVERIFY(html.contains(QStringLiteral(": weak")));
    QVERIFY(html.contains(QStringLiteral(": Wednesday?")));
    QVERIFY(html.contains(QStringLiteral("class=\"critic-mark\"")));
    QVERIFY(html.contains(QStringLiteral("title=\"Added: Maya Okafor, ")));
    // A bare attribution is no note.
    QCOMPARE(html.count(QStringLiteral("critic-comment")), 2);
    QVERIFY(html.contains(QStringLiteral("<code>{++literal++}</code>")));
}

void ReviewRenderTest::markup_neverLetsCmarkSeeTheMarks()
{
    const QString html = render(QString::fromUtf8(sample), View::Markup).html;
    QVERIFY(!html.contains(QStringLiteral("{--")) && !html.contains(QStringLiteral("{&#8211;")));
    QVERIFY(!html.contains(QStringLiteral("–")) && !html.contains(QStringLiteral("&ndash;")));
    QVERIFY(!html.contains(QStringLiteral("<<}")) && !html.contains(QStringLiteral("&lt;&lt;}")));
    for (const QChar c : html)
        QVERIFY2(!c.isSurrogate(), "a marker was left in the HTML");
}

void ReviewRenderTest::markup_splitsMarksPerBlock()
{
    const QString html = render(QString::fromUtf8(sample), View::Markup).html;
    QVERIFY2(spansNest(html), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral(">the first</span></p>")));
    QVERIFY(html.contains(QStringLiteral("<p><span class=\"critic-ins\"")));
    // A mark over emphasis closes and opens again around its tags.
    const QString emphasis = render(QStringLiteral("a {++b *c* d++} e"), View::Markup).html;
    QVERIFY2(spansNest(emphasis), qPrintable(emphasis));
    QVERIFY(emphasis.contains(QStringLiteral("<em><span class=\"critic-ins\"")));
    const QString crossing = render(QStringLiteral("*a {++b* c++} d"), View::Markup).html;
    QVERIFY2(spansNest(crossing), qPrintable(crossing));
}

void ReviewRenderTest::markup_keepsBlockSyntax()
{
    const QString html
        = render(QStringLiteral("{++# Heading\n\n- one\n- two++}\n\n> {--quoted\n> lines--}\n"), View::Markup).html;
    QVERIFY2(html.contains(QStringLiteral("<h1><span class=\"critic-ins\"")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<li><span class=\"critic-ins\"")));
    QCOMPARE(html.count(QStringLiteral("<li>")), 2);
    QVERIFY(html.contains(QStringLiteral("<blockquote>")));
    QVERIFY(spansNest(html));
}

void ReviewRenderTest::markup_isDrawnByQTextDocument()
{
    QTextDocument document;
    document.setHtml(render(QString::fromUtf8(sample), View::Markup).html);
    const QTextCharFormat added = formatOf(document, QStringLiteral("new"));
    QVERIFY(added.fontUnderline());
    QCOMPARE(added.foreground().color(), QColor(QStringLiteral("#1565c0")));
    const QTextCharFormat deleted = formatOf(document, QStringLiteral("old words"));
    QVERIFY(deleted.fontStrikeOut());
    QCOMPARE(deleted.foreground().color(), QColor(QStringLiteral("#c62828")));
    QVERIFY(formatOf(document, QStringLiteral("Tuesday")).background().color() == QColor(QStringLiteral("#fff2a8")));
    QVERIFY(document.toPlainText().contains(QStringLiteral("Ed Brooks")));
}

void ReviewRenderTest::markup_hidesResolvedThreadsUnlessAsked()
{
    const QString body
        = QStringLiteral("{==x==}{>>@Ed 2026-11-20T10:04Z: fix<<}{>>@Maya 2026-11-20T11:00Z resolved<<} y");
    const QString hidden = ReviewRender::render(body, {}, {View::Markup, false}).html;
    QVERIFY(!hidden.contains(QStringLiteral("critic-comment")));
    QVERIFY(!hidden.contains(QStringLiteral("critic-mark")));
    QVERIFY(hidden.contains(QStringLiteral("<p>x y</p>")));
    const QString shown = ReviewRender::render(body, {}, {View::Markup, true}).html;
    QVERIFY(shown.contains(QStringLiteral("critic-comment resolved")));
    QVERIFY(shown.contains(QStringLiteral("resolved the thread")));
}

void ReviewRenderTest::views_finalAndOriginal()
{
    const QString body = QString::fromUtf8(sample);
    const QString final = render(body, View::Final).html;
    QVERIFY(final.contains(QStringLiteral("<p>A new line and and dog.</p>")));
    QVERIFY(final.contains(QStringLiteral("<h1>Added heading</h1>")));
    QVERIFY(!final.contains(QStringLiteral("Wednesday")) && !final.contains(QStringLiteral("span")));
    const QString original = render(body, View::Original).html;
    QVERIFY2(original.contains(QStringLiteral("<p>A line and old words and cat.</p>")), qPrintable(original));
    QVERIFY(!original.contains(QStringLiteral("Added heading")));
}

void ReviewRenderTest::stats_areTheFinalTextsInEveryView()
{
    const QString body
        = QStringLiteral("one two {--three four five--} six {++seven++} "
                         "{~~eight nine~>ten~~}{>>@Ed 2026-11-20T10:04Z: a long comment of many words<<}.");
    // one two six seven ten
    for (const View view : {View::Markup, View::Final, View::Original})
        QCOMPARE(render(body, view).stats.words, 5);
    // A heading deleted whole is no part of the outline.
    const RenderResult deleted = render(QStringLiteral("{--# Gone--}\n\n# Kept\n"), View::Markup);
    QCOMPARE(deleted.outline.size(), 1);
    QCOMPARE(deleted.outline.at(0).text, QStringLiteral("Kept"));
}

void ReviewRenderTest::lines_stayTheBodysInEveryView()
{
    const QString body = QStringLiteral("para {>>a\nlong\n\ncomment<<} one\n\n{--gone\n\ngone--}\n\n## Line ten\n");
    RenderOptions options;
    options.firstLine = 1;
    for (const View view : {View::Markup, View::Final, View::Original}) {
        const RenderResult result = render(body, view, options);
        QCOMPARE(result.outline.size(), 1);
        QCOMPARE(result.outline.at(0).line, 10);
    }
    options.splitBlocks = true;
    const RenderResult split = render(body, View::Markup, options);
    QCOMPARE(split.blocks.constFirst().firstLine, 1);
    QCOMPARE(split.blocks.constFirst().lastLine, 4); // the comment's lines do not end the paragraph
    QCOMPARE(split.blocks.constLast().firstLine, 10);
}

void ReviewRenderTest::colors_perReviewerInOrder()
{
    QCOMPARE(ReviewRender::reviewerColor(0), QStringLiteral("#1565c0"));
    QCOMPARE(ReviewRender::reviewerColor(8), ReviewRender::reviewerColor(0));
    QVERIFY(ReviewRender::reviewerColor(-1) != ReviewRender::reviewerColor(0));
    const QString html
        = render(QStringLiteral("{++a++}{>>@Zoe 2026-11-20T10:04Z<<} {++b++}{>>@Al 2026-11-20T10:04Z<<} {++c++}"),
                 View::Markup)
              .html;
    QVERIFY(html.indexOf(ReviewRender::reviewerColor(0)) < html.indexOf(ReviewRender::reviewerColor(1)));
    QVERIFY(html.contains(ReviewRender::reviewerColor(-1)));
}

void ReviewRenderTest::plainText_rendersAsBefore()
{
    const QString body = QStringLiteral("# Title\n\nPlain \"words\" -- and {braces}.\n");
    for (const View view : {View::Markup, View::Final, View::Original})
        QCOMPARE(render(body, view).html, Renderer::render(body).html);
}

void ReviewRenderTest::displayTime_isLocalTimeAcrossOffsetChanges_data()
{
    // A year of its own for each zone: offsets found in one zone are remembered for a minute.
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("year");
    QTest::newRow("summer time by an hour") << QByteArrayLiteral("Europe/London") << 2031;
    QTest::newRow("a half-hour zone") << QByteArrayLiteral("America/St_Johns") << 2032;
    QTest::newRow("summer time by half an hour") << QByteArrayLiteral("Australia/Lord_Howe") << 2033;
    QTest::newRow("a quarter-hour zone") << QByteArrayLiteral("Asia/Kathmandu") << 2034;
}

void ReviewRenderTest::displayTime_isLocalTimeAcrossOffsetChanges()
{
    // Offsets are looked up once per quarter hour: every minute of the hours around each of the
    // zone's changes reads as Qt's local time does.
    QFETCH(QByteArray, zone);
    QFETCH(int, year);
    const QByteArray before = qgetenv("TZ");
    qputenv("TZ", zone);
    const auto restore = qScopeGuard([&before] {
        if (before.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", before);
    });
    QDateTime time(QDate(year, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end = time.addYears(1);
    int changes = 0;
    int lastOffset = time.toLocalTime().offsetFromUtc();
    for (; time < end; time = time.addSecs(60 * 60)) {
        const int offset = time.toLocalTime().offsetFromUtc();
        if (offset == lastOffset)
            continue;
        lastOffset = offset;
        ++changes;
        for (QDateTime minute = time.addSecs(-3 * 60 * 60); minute < time.addSecs(3 * 60 * 60);
             minute = minute.addSecs(60)) {
            QCOMPARE(ReviewRender::displayTime(minute),
                     QLocale::c().toString(minute.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")));
        }
    }
    if (zone != "Asia/Kathmandu")
        QCOMPARE(changes, 2);
    QCOMPARE(ReviewRender::displayTime(time),
             QLocale::c().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")));
}

QTEST_MAIN(ReviewRenderTest)
#include "reviewrender_test.moc"
