#pragma once

#include <QHash>
#include <QPlainTextDocumentLayout>

namespace Byline::WidgetUi {

// QPlainTextEdit's layout with adjustable line spacing. QPlainTextDocumentLayout stacks lines at
// the font's own height and ignores QTextBlockFormat's line height and margins; this layout lets
// it lay a block out, then moves the block's lines apart. Everything that QPlainTextEdit derives
// from the lines (painting, the cursor, hit testing, scrolling within a block) follows, because it
// reads the lines' positions and the block rectangles this layout reports.
class SpacedTextLayout final : public QPlainTextDocumentLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpacedTextLayout)

public:
    explicit SpacedTextLayout(QTextDocument *document);

    // Percent of the font's line height from one line to the next: 100 is single spacing.
    void setLineSpacing(int percent);
    [[nodiscard]] int lineSpacing() const { return m_percent; }

    [[nodiscard]] QRectF blockBoundingRect(const QTextBlock &block) const override;

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    void spaceLines(const QTextBlock &block) const;
    [[nodiscard]] QRectF spacedRect(const QTextBlock &block) const;

    int m_percent = 100;
    int m_blocks = 0; // as at the last change
    int m_changing = -1; // the fragment of the block being laid out again after a change in it
    // The height each block had when last reported, by its fragment index: what a block measured
    // before a change that cleared its lines.
    mutable QHash<int, qreal> m_heights;
};

} // namespace Byline::WidgetUi
