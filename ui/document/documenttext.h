#pragma once

#include <QObject>
#include <QString>

class QTextDocument;

namespace Byline::WidgetUi {

// A QTextDocument's text as a QString kept up to date with every change, so taking it costs
// nothing: a save, a render and the recovery journal each take a (shared) copy of it, where
// asking the document would copy 5 MB block by block on the UI thread every time. Non-breaking
// spaces and line separators stay as written (QTextDocument::toPlainText() would change them).
class DocumentText final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentText)

public:
    // Gives `document` a plain-text layout when it has none: QTextDocument reports what changed
    // (contentsChange) only to a document with a layout. A view may replace it with its own.
    explicit DocumentText(QTextDocument *document, QObject *parent = nullptr);

    [[nodiscard]] const QString &text() const { return m_text; }

private:
    void follow(int position, int removed, int added);

    QTextDocument *m_document;
    QString m_text;
};

} // namespace Byline::WidgetUi
