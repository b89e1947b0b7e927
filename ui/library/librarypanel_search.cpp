#include "librarymodel.h"
#include "librarypanel.h"

#include <library/libraryworker.h>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>

namespace Byline::WidgetUi {

namespace {
constexpr int searchLimit = 50;
constexpr int HtmlRole = Qt::UserRole + 10;
constexpr int MatchRole = Qt::UserRole + 11;
constexpr int PathRole = Qt::UserRole + 12;

// Draws a search result: the title, a line of facts and the snippet with its marked words.
class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
        QTextDocument document;
        prepare(document, index, option);
        painter->save();
        painter->translate(option.rect.topLeft() + QPoint(4, 2));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        if (option.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument document;
        prepare(document, index, option);
        return {int(document.idealWidth()), int(document.size().height()) + 4};
    }

private:
    static void prepare(QTextDocument &document, const QModelIndex &index, const QStyleOptionViewItem &option)
    {
        document.setDefaultFont(option.font);
        document.setDocumentMargin(2);
        document.setDefaultStyleSheet(QStringLiteral("mark { background: #f6e27a; color: #000; }"
                                                     ".facts { color: %1; }")
                                          .arg(option.palette.color(QPalette::PlaceholderText).name()));
        document.setTextWidth(std::max(120, option.rect.width() - 8));
        document.setHtml(index.data(HtmlRole).toString());
    }
};

void fill(QComboBox *box, const QString &any, QStringList values)
{
    const QString current = box->currentData().toString();
    values.removeAll(QString());
    values.removeDuplicates();
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    box->clear();
    box->addItem(any, QString());
    for (const QString &value : std::as_const(values))
        box->addItem(value, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}
} // namespace

QAbstractItemDelegate *LibraryPanel::resultDelegate(QObject *parent)
{
    return new ResultDelegate(parent);
}

void LibraryPanel::refillFilters()
{
    QStringList statuses;
    QStringList tags;
    QStringList authors;
    for (const Core::ArticleSummary &article : m_model->articles()) {
        statuses.append(article.status);
        tags += article.tags;
        authors.append(article.author);
    }
    fill(m_status, tr("Any status"), statuses);
    fill(m_tag, tr("Any tag"), tags);
    fill(m_author, tr("Any author"), authors);
}

void LibraryPanel::applyFilters()
{
    m_filter->setFilters(m_status->currentData().toString(), m_tag->currentData().toString(),
                         m_author->currentData().toString());
    if (!m_search->text().trimmed().isEmpty())
        startSearch();
}

void LibraryPanel::startSearch()
{
    QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_pages->setCurrentWidget(m_table);
        if (!m_summary.isEmpty())
            m_state->setText(m_summary);
        return;
    }
    // The filter row narrows a search as it narrows the table.
    const auto quoted = [](const QString &value) -> QString {
        return QLatin1Char('"') + QString(value).remove(QLatin1Char('"')) + QLatin1Char('"');
    };
    if (!m_status->currentData().toString().isEmpty())
        text += QLatin1String(" status:") + quoted(m_status->currentData().toString());
    if (!m_tag->currentData().toString().isEmpty())
        text += QLatin1String(" tag:") + quoted(m_tag->currentData().toString());
    if (!m_author->currentData().toString().isEmpty())
        text += QLatin1String(" author:") + quoted(m_author->currentData().toString());
    const quint64 generation = ++m_generation;
    m_worker->announceSearch(generation);
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, generation, text] { worker->search(generation, text, searchLimit); });
}

void LibraryPanel::showResults(quint64 generation, const QList<Core::SearchHit> &hits, const QStringList &notes)
{
    if (generation != m_generation || m_search->text().trimmed().isEmpty())
        return;
    m_results->clear();
    for (const Core::SearchHit &hit : hits) {
        const Core::ArticleSummary &a = hit.article;
        QStringList facts;
        for (const QString &fact : {a.author, a.date.left(10), a.status}) {
            if (!fact.isEmpty())
                facts.append(fact.toHtmlEscaped());
        }
        facts.append(tr("%1 words").arg(a.words));
        auto *item = new QListWidgetItem(m_results);
        item->setData(HtmlRole,
                      QStringLiteral("<b>%1</b><br><span class=\"facts\">%2</span><br>%3")
                          .arg(a.title.toHtmlEscaped(), facts.join(QStringLiteral(" · ")), hit.snippet));
        item->setData(MatchRole, hit.firstMatch);
        item->setData(PathRole, a.path);
        item->setToolTip(a.path);
        item->setText(a.title); // for accessibility and keyboard search
    }
    m_pages->setCurrentWidget(m_results);
    QString state = hits.isEmpty()   ? tr("No articles match.")
        : hits.size() >= searchLimit ? tr("The %1 best matches.").arg(hits.size())
                                     : tr("%1 matches.").arg(hits.size());
    if (!notes.isEmpty())
        state += QLatin1Char(' ') + tr("Left out: %1.").arg(notes.join(QLatin1String("; ")));
    m_state->setText(state);
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

QString LibraryPanel::resultPath(int row) const
{
    const QListWidgetItem *item = m_results->item(row);
    return item ? absolute(item->data(PathRole).toString()) : QString();
}

void LibraryPanel::openResult(int row)
{
    const QListWidgetItem *item = m_results->item(row);
    if (!item)
        return;
    Q_EMIT matchActivated(resultPath(row), item->data(MatchRole).toString());
}

} // namespace Byline::WidgetUi
