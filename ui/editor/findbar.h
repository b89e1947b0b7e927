#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRegularExpression;

namespace Byline::WidgetUi {

class MarkdownEditor;

// Find and replace in the article: incremental as you type, match case, whole words, regular
// expressions (with \1 … in the replacement), replace one or all in one undo step. Matches are
// highlighted in the editor; the count is shown.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(MarkdownEditor *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext();
    bool findPrevious();
    bool replaceCurrent();
    int replaceAll();

    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setOptions(bool matchCase, bool wholeWords, bool regularExpression);
    [[nodiscard]] QString status() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool find(bool backward, bool incremental);
    [[nodiscard]] bool hasPattern() const;
    [[nodiscard]] QRegularExpression pattern() const;
    [[nodiscard]] QTextDocument::FindFlags flags(bool backward) const;
    [[nodiscard]] QTextCursor findFrom(const QTextCursor &from, bool backward) const;
    [[nodiscard]] bool selectionMatches() const;
    void highlightAll();

    MarkdownEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QCheckBox *m_regex;
    QLabel *m_status;
    bool m_highlightsStale = false; // the text changed since the matches were counted
};

} // namespace Byline::WidgetUi
