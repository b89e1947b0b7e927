#include "comparetextviews.h"

#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Byline::WidgetUi {

namespace {

// The position of the text at the top of a view.
qsizetype topOf(const CompareTextView *view)
{
    return view->cursorForPosition(QPoint(0, 0)).position();
}

} // namespace

CompareTextViews::CompareTextViews(QWidget *parent)
    : QStackedWidget(parent)
    , m_inline(makeView(QStringLiteral("compareInline")))
    , m_sides(new QSplitter(this))
    , m_before(makeView(QStringLiteral("compareBefore")))
    , m_after(makeView(QStringLiteral("compareAfter")))
    , m_beforeTitle(new QLabel(this))
    , m_afterTitle(new QLabel(this))
{
    m_sides->addWidget(titled(m_beforeTitle, m_before));
    m_sides->addWidget(titled(m_afterTitle, m_after));
    m_sides->setChildrenCollapsible(false);
    addWidget(m_inline);
    addWidget(m_sides);
    m_attachLater.setObjectName(QStringLiteral("compareAttachLater"));
    m_attachLater.setSingleShot(true);
    // Past the paint of what the reader sees, so the two never share a turn of the event loop.
    m_attachLater.setInterval(40);
    connect(&m_attachLater, &QTimer::timeout, this, [this] {
        // One view a turn: the one shown first.
        const QList<CompareTextView *> shown = shownViews();
        const auto next
            = std::ranges::find_if(m_stale, [&shown](CompareTextView *view) { return shown.contains(view); });
        attach(next != m_stale.end() ? *next : m_stale.constFirst());
        if (!m_stale.isEmpty())
            m_attachLater.start();
    });
    // Scrolling either side scrolls the other to the same place in its text.
    connect(m_before->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { follow(m_before); });
    connect(m_after->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { follow(m_after); });
}

CompareTextViews::~CompareTextViews()
{
    // The documents belong to the comparison, which goes before the views (members before
    // children): no view may be left showing one.
    for (CompareTextView *view : {m_inline, m_before, m_after})
        view->setDocument(nullptr);
}

CompareTextView *CompareTextViews::makeView(const QString &name)
{
    auto *view = new CompareTextView(this);
    view->setObjectName(name);
    return view;
}

QWidget *CompareTextViews::titled(QLabel *title, CompareTextView *view)
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    title->setAlignment(Qt::AlignCenter);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    return side;
}

void CompareTextViews::setSideLabels(const QString &before, const QString &after)
{
    m_beforeTitle->setText(before);
    m_afterTitle->setText(after);
}

void CompareTextViews::setTextFont(const QFont &font, int columnCharacters)
{
    m_inline->setTextFont(font, columnCharacters);
    // Two columns side by side share the width: each fills its half.
    m_before->setTextFont(font, 0);
    m_after->setTextFont(font, 0);
}

void CompareTextViews::show(std::shared_ptr<const CompareResult> result)
{
    attachAll(); // no view may be left showing a document that goes now
    const qsizetype reading = m_result ? readingPosition() : -1;
    // The documents shown until now go once no view shows them.
    m_retired = std::exchange(m_result, std::move(result));
    m_currentChange = -1;
    // The view being read takes its document now, the others a turn of the event loop later:
    // each costs the UI thread a few milliseconds on a long draft, and they should not add up.
    m_stale = {m_inline, m_before, m_after};
    CompareTextView *reader = m_mode == Mode::Inline ? m_inline : m_after;
    attach(reader);
    m_attachLater.start();
    if (reading > 0)
        scrollTo(reader,
                 reader == m_inline ? m_result->documents.inlinePosition(m_result->comparison, reading) : reading);
}

QList<CompareTextView *> CompareTextViews::shownViews() const
{
    return m_mode == Mode::Inline ? QList<CompareTextView *> {m_inline} : QList<CompareTextView *> {m_before, m_after};
}

void CompareTextViews::attach(CompareTextView *view)
{
    if (!m_stale.removeOne(view))
        return;
    const CompareDocuments &documents = m_result->documents;
    const std::shared_ptr<QTextDocument> &document = view == m_inline ? documents.inlineText
        : view == m_before                                            ? documents.before
                                                                      : documents.after;
    const bool following = std::exchange(m_following, true);
    view->setDocument(document.get());
    m_following = following;
    if (m_stale.isEmpty())
        m_retired.reset();
    // The old side, late: the change shown, else the place the new side is at.
    if (view == m_before && m_mode == Mode::SideBySide) {
        if (m_currentChange >= 0)
            showChange(m_currentChange);
        else
            follow(m_after);
    }
}

void CompareTextViews::attachAll()
{
    for (CompareTextView *view : QList<CompareTextView *>(m_stale))
        attach(view);
}

void CompareTextViews::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const qsizetype reading = m_result ? readingPosition() : 0;
    m_mode = mode;
    for (CompareTextView *view : shownViews())
        attach(view);
    setCurrentWidget(mode == Mode::Inline ? static_cast<QWidget *>(m_inline) : m_sides);
    if (!m_result)
        return;
    if (m_currentChange >= 0)
        select(m_currentChange);
    if (mode == Mode::Inline) {
        scrollTo(m_inline, m_result->documents.inlinePosition(m_result->comparison, reading));
    } else {
        scrollTo(m_after, reading);
        follow(m_after);
    }
}

qsizetype CompareTextViews::readingPosition() const
{
    if (m_mode == Mode::SideBySide)
        return topOf(m_after);
    return m_result->documents.afterPosition(m_result->comparison, topOf(m_inline));
}

void CompareTextViews::scrollTo(CompareTextView *view, qsizetype position)
{
    const QTextBlock block = view->document()->findBlock(int(position));
    if (!block.isValid())
        return;
    // The vertical scroll bar of a plain-text view counts lines: the block's first is its top.
    const bool following = std::exchange(m_following, true);
    view->verticalScrollBar()->setValue(block.firstLineNumber());
    m_following = following;
}

void CompareTextViews::follow(CompareTextView *leader)
{
    if (m_following || !m_result || m_mode != Mode::SideBySide || m_stale.contains(m_before)
        || m_stale.contains(m_after))
        return;
    const Comparison &comparison = m_result->comparison;
    const qsizetype top = topOf(leader);
    if (leader == m_after)
        scrollTo(m_before, comparison.toBefore(top));
    else
        scrollTo(m_after, comparison.toAfter(top));
}

void CompareTextViews::showChange(qsizetype index)
{
    if (!m_result || index < 0 || index >= m_result->comparison.changes().size())
        return;
    m_currentChange = index;
    select(index);
    const bool following = std::exchange(m_following, true);
    for (CompareTextView *view : shownViews()) {
        if (!m_stale.contains(view))
            view->centerCursor();
    }
    m_following = following;
}

void CompareTextViews::select(qsizetype index)
{
    const Comparison::Change &change = m_result->comparison.changes().at(index);
    const Comparison::Range &inlineRange = m_result->documents.inlineRanges.at(index);
    const bool following = std::exchange(m_following, true);
    for (CompareTextView *view : shownViews()) {
        if (m_stale.contains(view))
            continue; // it shows another comparison's text until it is given this one's
        const Comparison::Range &range = view == m_inline ? inlineRange
            : view == m_before                            ? change.before
                                                          : change.after;
        selectRange(view, range.start, range.end);
    }
    m_following = following;
}

void CompareTextViews::selectRange(CompareTextView *view, qsizetype start, qsizetype end)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
}

} // namespace Byline::WidgetUi
