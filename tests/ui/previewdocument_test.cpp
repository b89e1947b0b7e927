#include <ui/preview/previewdocument.h>

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QTextDocument>
#include <QTextList>

using namespace Byline;
using namespace Byline::WidgetUi;
using namespace std::chrono_literals;

namespace {

QList<Core::RenderedBlock> render(const QString &markdown)
{
    Core::RenderOptions options;
    options.sourceAnchors = true;
    options.splitBlocks = true;
    return Core::Renderer::render(markdown, options).blocks;
}

// What each block of a document looks like, for comparing a patched document with a fresh one.
QStringList describe(const QTextDocument &document, bool skipLeadingBlock)
{
    QStringList lines;
    for (QTextBlock block = document.firstBlock(); block.isValid(); block = block.next()) {
        if (skipLeadingBlock && block == document.firstBlock())
            continue;
        const QTextBlockFormat format = block.blockFormat();
        // An empty code block is an empty block when inserted, nothing in a whole import; a lone
        // space loses its space. Neither shows.
        if (block.text().trimmed().isEmpty() && !format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
            continue;
        QTextList *list = block.textList();
        lines.append(QStringLiteral("%1|h%2|list:%3/%4|indent:%5|top:%6|bottom:%7|left:%8|nbsp:%9|bold:%10")
                         .arg(block.text().trimmed()) // leading spaces of a code span differ
                         .arg(format.headingLevel())
                         .arg(list ? int(list->format().style()) : 0)
                         .arg(list ? list->itemNumber(block) : -1)
                         .arg(list ? list->format().indent() : format.indent())
                         .arg(format.topMargin())
                         .arg(format.bottomMargin())
                         .arg(format.leftMargin())
                         .arg(format.nonBreakableLines())
                         .arg(block.begin().atEnd() ? 0 : block.begin().fragment().charFormat().fontWeight()));
    }
    return lines;
}

QStringList freshlyImported(const QList<Core::RenderedBlock> &blocks)
{
    if (blocks.isEmpty())
        return {};
    QString html;
    for (const Core::RenderedBlock &block : blocks)
        html += block.html;
    // Behind an empty paragraph, as in the preview, so the first block keeps its top margin.
    QTextDocument document;
    document.setHtml(QLatin1String("<html><body><p>x</p>") + html + QLatin1String("</body></html>"));
    return describe(document, true);
}

void settle(PreviewDocument &preview)
{
    for (int i = 0; i < 10000 && !preview.step(5ms); ++i) { }
    QVERIFY(preview.isSettled());
}

QString sample()
{
    QFile file(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QString mixed = QStringLiteral("# Title\n\nA *first* paragraph.\n\n- one\n- two\n  - nested\n\n"
                                     "> quoted\n> text\n\n1. first\n2. second\n\n```\ncode\n```\n\n"
                                     "## Sub\n\n---\n\nLast paragraph with **bold**.\n");

} // namespace

class PreviewDocumentTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fill_matchesAWholeImport();
    void edits_matchAWholeImport_data();
    void edits_matchAWholeImport();
    void randomEdits_matchAWholeImport();
    void lineMapping_findsTheBlockOfALineAndBack();
    void smallBudget_fillsInSteps();
};

void PreviewDocumentTest::fill_matchesAWholeImport()
{
    QTextDocument document;
    PreviewDocument preview(&document);
    const auto blocks = render(mixed);
    preview.setTarget(blocks);
    settle(preview);
    QCOMPARE(describe(document, true), freshlyImported(blocks));
    QCOMPARE(preview.renderedBlockCount(), blocks.size());
}

void PreviewDocumentTest::edits_matchAWholeImport_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("change a paragraph") << mixed
                                        << QString(mixed).replace(QLatin1String("first*"), QLatin1String("1st*"));
    QTest::newRow("heading to paragraph")
        << mixed << QString(mixed).replace(QLatin1String("# Title"), QLatin1String("Title"));
    QTest::newRow("paragraph to heading")
        << mixed << QString(mixed).replace(QLatin1String("Last"), QLatin1String("# Last"));
    QTest::newRow("join lists") << mixed << QString(mixed).replace(QLatin1String("> quoted\n> text\n\n"), QString());
    QTest::newRow("open a fence") << mixed << QLatin1String("```\n") + mixed;
    QTest::newRow("insert at the top") << mixed << QLatin1String("New first line.\n\n") + mixed;
    QTest::newRow("delete everything") << mixed << QString();
    QTest::newRow("from nothing") << QString() << mixed;
    QTest::newRow("sample column") << sample()
                                   << QString(sample()).replace(QLatin1String("oVirt"), QLatin1String("**oVirt**"));
}

void PreviewDocumentTest::edits_matchAWholeImport()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QTextDocument document;
    PreviewDocument preview(&document);
    preview.setTarget(render(before));
    settle(preview);
    const auto blocks = render(after);
    preview.setTarget(blocks);
    settle(preview);
    QCOMPARE(describe(document, true), freshlyImported(blocks));
}

void PreviewDocumentTest::randomEdits_matchAWholeImport()
{
    QTextDocument document;
    PreviewDocument preview(&document);
    QString text = mixed;
    const QStringList pieces {QStringLiteral("\n\n"), QStringLiteral("- "),    QStringLiteral("# "),
                              QStringLiteral("> "),   QStringLiteral("word "), QStringLiteral("```\n"),
                              QStringLiteral("1. "),  QStringLiteral("\n")};
    QRandomGenerator random(42);
    for (int round = 0; round < 400; ++round) {
        const int at = int(random.bounded(text.size() + 1));
        if (random.bounded(3) == 0 && !text.isEmpty())
            text.remove(std::min<int>(at, int(text.size()) - 1), int(random.bounded(8)) + 1);
        else
            text.insert(at, pieces.at(int(random.bounded(pieces.size()))));
        const auto blocks = render(text);
        preview.setTarget(blocks);
        settle(preview);
        QCOMPARE(describe(document, true), freshlyImported(blocks));
    }
}

void PreviewDocumentTest::lineMapping_findsTheBlockOfALineAndBack()
{
    QTextDocument document;
    PreviewDocument preview(&document);
    preview.setTarget(render(mixed));
    settle(preview);
    // Line 6 is "- two", line 7 its nested item, line 19 the "## Sub" heading.
    QCOMPARE(preview.blockForLine(6).text(),
             QStringLiteral("two ")); // QTextDocument keeps the space before the nested list
    QCOMPARE(preview.blockForLine(7).text(), QStringLiteral("nested"));
    QCOMPARE(preview.blockForLine(16).text(), QStringLiteral("code"));
    QCOMPARE(preview.blockForLine(19).text(), QStringLiteral("Sub"));
    QCOMPARE(preview.blockForLine(20).text(), QStringLiteral("Sub")); // the blank line after it
    QCOMPARE(preview.lineForBlock(preview.blockForLine(19)), 19);
    QCOMPARE(preview.lineForBlock(preview.blockForLine(7)), 7);

    // Text added above moves the lines without changing the blocks below.
    preview.setTarget(render(QLatin1String("Intro\n\n") + mixed));
    settle(preview);
    QCOMPARE(preview.blockForLine(21).text(), QStringLiteral("Sub"));
    QCOMPARE(preview.lineForBlock(preview.blockForLine(21)), 21);
    QCOMPARE(document.firstBlock().blockFormat().lineHeight(), 1.0); // the leading block untouched
}

void PreviewDocumentTest::smallBudget_fillsInSteps()
{
    QString manuscript;
    for (int i = 0; i < 2000; ++i)
        manuscript += QStringLiteral("Paragraph %1 with a few words in it.\n\n").arg(i);
    QTextDocument document;
    PreviewDocument preview(&document);
    preview.setTarget(render(manuscript));
    QVERIFY(!preview.step(1us)); // one block at least, never all of them
    QVERIFY(preview.renderedBlockCount() > 0);
    QVERIFY(preview.renderedBlockCount() < 2000);
    settle(preview);
    QCOMPARE(preview.renderedBlockCount(), 2000);
    QCOMPARE(preview.blockForLine(2 * 1500 + 1).text(), QStringLiteral("Paragraph 1500 with a few words in it."));
}

QTEST_MAIN(PreviewDocumentTest)
#include "previewdocument_test.moc"
