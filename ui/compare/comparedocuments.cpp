#include "comparedocuments.h"

#include <ui/common/theme.h>

#include <QCoreApplication>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Byline::WidgetUi {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::WidgetUi::CompareDocuments)
};

using Kind = Core::WordDiff::Kind;

struct Formats
{
    QTextCharFormat plain;
    QTextCharFormat deleted;
    QTextCharFormat added;
    QTextCharFormat movedAway;
    QTextCharFormat movedHere;
    QTextCharFormat note;
};

Formats formatsOf(const CompareStyle &style)
{
    Formats formats;
    const auto marked = [](const QColor &text, const QColor &background, bool struck) {
        QTextCharFormat format;
        format.setForeground(text);
        format.setBackground(background);
        if (struck)
            format.setFontStrikeOut(true);
        else
            format.setFontUnderline(true);
        return format;
    };
    formats.deleted = marked(style.deleted, style.deletedBackground, true);
    formats.added = marked(style.added, style.addedBackground, false);
    formats.movedAway = marked(style.moved, style.movedBackground, true);
    formats.movedHere = marked(style.moved, style.movedBackground, false);
    formats.note.setForeground(style.note);
    formats.note.setFontItalic(true);
    return formats;
}

// A document the view can take as it is: plain-text layout, no undo history, the view's font.
std::shared_ptr<QTextDocument> emptyDocument(const CompareStyle &style)
{
    // Freeing a long document costs the UI thread as much as filling it: the last copy of a
    // result lets its documents go on a worker, once no thread owns them.
    std::shared_ptr<QTextDocument> document(new QTextDocument, [](QTextDocument *doomed) {
        if (doomed->thread() != QThread::currentThread()) {
            doomed->deleteLater();
            return;
        }
        doomed->moveToThread(nullptr);
        (void)QtConcurrent::run([doomed] { delete doomed; });
    });
    document->setUndoRedoEnabled(false);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document.get()));
    document->setDefaultFont(style.font);
    return document;
}

// Writes a text into a document a run at a time, each run in its format.
class Writer final
{
public:
    explicit Writer(QTextDocument &document)
        : m_cursor(&document)
    {
        m_cursor.beginEditBlock();
    }
    ~Writer() { m_cursor.endEditBlock(); }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    void add(QStringView text, const QTextCharFormat &format)
    {
        if (!text.isEmpty())
            m_cursor.insertText(text.toString(), format);
    }
    [[nodiscard]] qsizetype position() const { return m_cursor.position(); }

private:
    QTextCursor m_cursor;
};

// A run of deleted or added words; a paragraph broken or joined (only line breaks and spaces
// changed) gets a pilcrow, which a struck or underlined line break alone would not show.
void writeRun(Writer &writer, QStringView words, const QTextCharFormat &format)
{
    if (words.contains(u'\n') && words.trimmed().isEmpty())
        writer.add(u"¶", format);
    writer.add(words, format);
}

// One of the two texts as it is, its side of each change marked.
void writeSide(QTextDocument &document, const Comparison &comparison, bool after, const Formats &formats)
{
    const QString &text = after ? comparison.after() : comparison.before();
    Writer writer(document);
    qsizetype at = 0;
    for (const Comparison::Change &change : comparison.changes()) {
        const Comparison::Range &range = after ? change.after : change.before;
        if (range.start < at || range.length() == 0)
            continue;
        writer.add(QStringView(text).sliced(at, range.start - at), formats.plain);
        const QTextCharFormat &marked = change.isMove() ? (after ? formats.movedHere : formats.movedAway)
                                                        : (after ? formats.added : formats.deleted);
        writer.add(range.of(text), marked);
        at = range.end;
    }
    writer.add(QStringView(text).sliced(at), formats.plain);
}

// The new text with each deleted run struck through before what replaced it.
QList<Comparison::Range> writeInline(QTextDocument &document, const Comparison &comparison, const Formats &formats)
{
    const QString &before = comparison.before();
    const QString &after = comparison.after();
    const QList<Comparison::Change> &changes = comparison.changes();
    const QList<Comparison::Entry> &entries = comparison.entries();
    QList<Comparison::Range> ranges;
    ranges.reserve(changes.size());
    Writer writer(document);
    qsizetype at = 0;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Comparison::Change &change = changes.at(i);
        const qsizetype start = std::max(change.after.start, at);
        writer.add(QStringView(after).sliced(at, start - at), formats.plain);
        const qsizetype inlineStart = writer.position();
        if (change.isMove()) {
            const bool away = change.kind() == Kind::Deleted;
            const int line = entries.at(i).otherLine;
            writer.add(away ? Text::tr("(moved to line %1) ").arg(line) : Text::tr("(moved from line %1) ").arg(line),
                       formats.note);
            writer.add(away ? change.before.of(before) : change.after.of(after),
                       away ? formats.movedAway : formats.movedHere);
        } else {
            writeRun(writer, change.before.of(before), formats.deleted);
            writeRun(writer, change.after.of(after), formats.added);
        }
        ranges.append({inlineStart, writer.position()});
        at = std::max(change.after.end, at);
    }
    writer.add(QStringView(after).sliced(at), formats.plain);
    return ranges;
}

} // namespace

CompareStyle CompareStyle::of(const QWidget &widget)
{
    const QPalette &palette = widget.palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    CompareStyle style;
    style.font = widget.font();
    style.deleted = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    style.deletedBackground = dark ? QColor(0x4a, 0x1f, 0x1f) : QColor(0xfd, 0xe4, 0xe4);
    style.added = dark ? QColor(0x8b, 0xd8, 0x8f) : QColor(0x1b, 0x6e, 0x20);
    style.addedBackground = dark ? QColor(0x1f, 0x3d, 0x22) : QColor(0xdf, 0xf3, 0xdc);
    style.moved = dark ? QColor(0xb9, 0xa6, 0xff) : QColor(0x5b, 0x3c, 0xc4);
    style.movedBackground = dark ? QColor(0x2e, 0x27, 0x50) : QColor(0xec, 0xe7, 0xfb);
    style.note = Theme::mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
    return style;
}

CompareDocuments CompareDocuments::build(const Comparison &comparison, const CompareStyle &style, QThread *home)
{
    const Formats formats = formatsOf(style);
    CompareDocuments documents;
    documents.inlineText = emptyDocument(style);
    documents.inlineRanges = writeInline(*documents.inlineText, comparison, formats);
    documents.before = emptyDocument(style);
    writeSide(*documents.before, comparison, false, formats);
    documents.after = emptyDocument(style);
    writeSide(*documents.after, comparison, true, formats);
    for (const auto &document : {documents.inlineText, documents.before, documents.after}) {
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            (void)block.layout();
        document->moveToThread(home);
    }
    return documents;
}

qsizetype CompareDocuments::inlinePosition(const Comparison &comparison, qsizetype afterPosition) const
{
    const qsizetype index = comparison.changeAtOrBefore(afterPosition);
    if (index < 0 || index >= inlineRanges.size())
        return afterPosition;
    const Comparison::Change &change = comparison.changes().at(index);
    const qsizetype end = inlineRanges.at(index).end;
    if (afterPosition < change.after.end)
        return end - (change.after.end - afterPosition);
    return end + afterPosition - change.after.end;
}

qsizetype CompareDocuments::afterPosition(const Comparison &comparison, qsizetype inlinePosition) const
{
    const auto next = std::upper_bound(inlineRanges.cbegin(), inlineRanges.cend(), inlinePosition,
                                       [](qsizetype p, const Comparison::Range &range) { return p < range.start; });
    if (next == inlineRanges.cbegin())
        return inlinePosition;
    const qsizetype index = qsizetype(next - inlineRanges.cbegin()) - 1;
    const Comparison::Change &change = comparison.changes().at(index);
    const qsizetype end = inlineRanges.at(index).end;
    if (inlinePosition < end)
        return std::max(change.after.start, change.after.end - (end - inlinePosition));
    return change.after.end + inlinePosition - end;
}

} // namespace Byline::WidgetUi
