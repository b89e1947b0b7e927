#include "documenttext.h"

#include "textedit.h"

#include <QLoggingCategory>
#include <QPlainTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>

namespace Byline::WidgetUi {

Q_LOGGING_CATEGORY(lcDocumentText, "byline.ui.text", QtInfoMsg)

DocumentText::DocumentText(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_text(textOf(*document))
{
    if (!document->documentLayout()->inherits("QPlainTextDocumentLayout"))
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    connect(document, &QTextDocument::contentsChange, this, &DocumentText::follow);
}

void DocumentText::follow(int position, int removed, int added)
{
    Q_UNUSED(removed) // not always what was removed (a new layout reports all of the text as added)
    // The document always ends in a block separator of its own, which is not part of the text.
    const int end = m_document->characterCount() - 1;
    // What changed now lies in [from, to); what it replaced is as long as the lengths say.
    const int from = std::clamp(position, 0, std::min(int(m_text.size()), end));
    const int to = std::clamp(position + added, from, end);
    const int replaced = int(m_text.size()) - end + (to - from);
    if (replaced < 0 || from + replaced > m_text.size()) {
        // Never expected; the document is the truth, so its text is read whole again.
        qCWarning(lcDocumentText) << "text out of step with the document at" << position << removed << added;
        m_text = textOf(*m_document);
        return;
    }
    QString inserted;
    if (to > from) {
        QTextCursor cursor(m_document);
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        inserted = cursor.selectedText();
        inserted.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    }
    m_text.replace(from, replaced, inserted);
}

} // namespace Byline::WidgetUi
