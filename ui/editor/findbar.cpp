#include "findbar.h"

#include "markdowneditor.h"

#include <ui/document/articlesession.h>

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QToolButton>

namespace Byline::WidgetUi {

namespace {

// Past this many, matches are neither counted nor highlighted: typing in the field stays quick.
constexpr int maximumHighlights = 2000;
const QString decorationLayer = QStringLiteral("search");

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false);
    return b;
}

} // namespace

FindBar::FindBar(MarkdownEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_regex(new QCheckBox(tr("Regular e&xpression"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find and replace"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(240);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_replace->setMinimumWidth(240);
    m_status->setAccessibleName(tr("Matches"));

    auto *previous = button(tr("&Previous"), this);
    auto *next = button(tr("&Next"), this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAccessibleName(tr("Close find bar"));
    close->setAutoRaise(true);
    auto *replaceOne = button(tr("&Replace"), m_replaceRow);
    auto *replaceEvery = button(tr("Replace &all"), m_replaceRow);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_matchCase, 0, 3);
    layout->addWidget(m_wholeWords, 0, 4);
    layout->addWidget(m_regex, 0, 5);
    layout->addWidget(m_status, 0, 6);
    layout->addWidget(close, 0, 7);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceEvery);
    replaceLayout->addStretch();
    layout->addWidget(m_replaceRow, 1, 0, 1, 8);
    layout->setColumnStretch(0, 1);
    hide();

    connect(m_find, &QLineEdit::textEdited, this, [this] { find(false, true); });
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceEvery, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { m_highlightsStale = true; });
    for (QCheckBox *box : {m_matchCase, m_wholeWords, m_regex})
        connect(box, &QCheckBox::toggled, this, [this] { find(false, true); });
}

void FindBar::showFind()
{
    m_replaceRow->hide();
    show();
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
    highlightAll();
}

void FindBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindBar::setFindText(const QString &text)
{
    m_find->setText(text);
    find(false, true);
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setOptions(bool matchCase, bool wholeWords, bool regularExpression)
{
    m_matchCase->setChecked(matchCase);
    m_wholeWords->setChecked(wholeWords);
    m_regex->setChecked(regularExpression);
}

QString FindBar::status() const
{
    return m_status->text();
}

bool FindBar::hasPattern() const
{
    return !m_find->text().isEmpty() && pattern().isValid();
}

QRegularExpression FindBar::pattern() const
{
    QString source = m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_wholeWords->isChecked())
        source = QLatin1String("\\b(?:") + source + QLatin1String(")\\b");
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!m_matchCase->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(source, options);
}

QTextDocument::FindFlags FindBar::flags(bool backward) const
{
    QTextDocument::FindFlags result;
    if (m_matchCase->isChecked())
        result |= QTextDocument::FindCaseSensitively;
    if (backward)
        result |= QTextDocument::FindBackward;
    return result;
}

QTextCursor FindBar::findFrom(const QTextCursor &from, bool backward) const
{
    const QRegularExpression expression = pattern();
    QTextCursor found = m_editor->document()->find(expression, from, flags(backward));
    if (found.isNull()) { // wrap around
        QTextCursor start(m_editor->document());
        if (backward)
            start.movePosition(QTextCursor::End);
        found = m_editor->document()->find(expression, start, flags(backward));
    }
    return found;
}

bool FindBar::find(bool backward, bool incremental)
{
    // Stepping from match to match needs no new search of the whole text, unless it changed.
    if (incremental || m_highlightsStale)
        highlightAll();
    if (!hasPattern())
        return false;
    QTextCursor from = m_editor->textCursor();
    // As you type the match may grow where it is; backwards starts before the current one.
    if (incremental || backward)
        from.setPosition(from.selectionStart());
    const QTextCursor found = findFrom(from, backward);
    if (found.isNull())
        return false;
    m_editor->setTextCursor(found);
    m_editor->centerCursor();
    return true;
}

bool FindBar::findNext()
{
    return find(false, false);
}

bool FindBar::findPrevious()
{
    return find(true, false);
}

bool FindBar::selectionMatches() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return false;
    const QRegularExpressionMatch match
        = pattern().match(cursor.block().text(), cursor.selectionStart() - cursor.block().position(),
                          QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() && match.capturedEnd() == cursor.selectionEnd() - cursor.block().position();
}

bool FindBar::replaceCurrent()
{
    if (!hasPattern() || m_editor->isReadOnly())
        return false;
    if (!selectionMatches())
        return findNext();
    const QTextCursor cursor = m_editor->textCursor();
    QString text = cursor.selectedText();
    const QString replacement = m_regex->isChecked() ? text.replace(pattern(), m_replace->text()) : m_replace->text();
    const int start = cursor.selectionStart();
    if (!m_editor->session().replace(start, cursor.selectionEnd(), replacement, EditOrigin::FindReplace))
        return false;
    QTextCursor after(m_editor->document());
    after.setPosition(m_editor->session().placed(start + int(replacement.size())));
    m_editor->setTextCursor(after);
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    if (!hasPattern() || m_editor->isReadOnly())
        return 0;
    // Every match of the text as it is, then all replaced at once: one undo step.
    const QRegularExpression expression = pattern();
    QTextDocument *document = m_editor->document();
    QList<TextEdit> edits;
    for (QTextCursor found = document->find(expression, 0, flags(false)); !found.isNull();
         found = document->find(expression, found, flags(false))) {
        QString text = found.selectedText();
        const bool empty = text.isEmpty();
        const QString replacement
            = m_regex->isChecked() ? text.replace(expression, m_replace->text()) : m_replace->text();
        edits.append({found.selectionStart(), found.selectionEnd(), replacement});
        if (empty && !found.movePosition(QTextCursor::NextCharacter))
            break; // an empty match must not repeat forever
    }
    const int count = !edits.isEmpty() && m_editor->session().apply(edits, EditOrigin::FindReplace)
        ? int(edits.size()) - m_editor->session().refusedEdits()
        : 0;
    highlightAll();
    m_status->setText(count == 1 ? tr("Replaced 1 match") : tr("Replaced %L1 matches").arg(count));
    return count;
}

void FindBar::highlightAll()
{
    m_highlightsStale = false;
    QList<QTextEdit::ExtraSelection> selections;
    if (!hasPattern()) {
        m_status->setText(m_find->text().isEmpty() || pattern().isValid()
                              ? QString()
                              : tr("Invalid expression: %1").arg(pattern().errorString()));
        m_editor->setDecorations(decorationLayer, selections);
        return;
    }
    QTextCharFormat format;
    format.setBackground(QColor(0xf5, 0xc2, 0x11, 0x90));
    const QRegularExpression expression = pattern();
    int count = 0;
    for (QTextCursor found = m_editor->document()->find(expression, 0, flags(false)); !found.isNull();
         found = m_editor->document()->find(expression, found, flags(false))) {
        if (!found.hasSelection() && !found.movePosition(QTextCursor::NextCharacter))
            break;
        if (++count > maximumHighlights)
            break;
        selections.append({found, format});
    }
    m_editor->setDecorations(decorationLayer, selections);
    m_status->setText(count == 0                      ? tr("No matches")
                          : count > maximumHighlights ? tr("More than %L1 matches").arg(maximumHighlights)
                          : count == 1                ? tr("1 match")
                                                      : tr("%L1 matches").arg(count));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::hideEvent(QHideEvent *event)
{
    m_editor->setDecorations(decorationLayer, {});
    QWidget::hideEvent(event);
}

} // namespace Byline::WidgetUi
