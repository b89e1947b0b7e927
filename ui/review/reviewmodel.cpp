#include "reviewmodel.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <review/reviewrender.h>

namespace Byline::WidgetUi {

namespace {

using Item = Core::Review::Item;
using Comment = Core::Review::Comment;
using Kind = Core::CriticMarkup::Kind;

constexpr qsizetype excerptLength = 60;
constexpr quintptr topLevel = 0;

// Up to `excerptLength` characters of `text` on one line.
QString excerpt(QStringView text)
{
    QString line = text.left(excerptLength + 1).toString().simplified();
    if (line.size() > excerptLength || text.size() > excerptLength + 1)
        line = line.left(excerptLength).trimmed() + QChar(0x2026);
    return line;
}

QString quoted(QStringView text)
{
    return QChar(0x201C) + excerpt(text) + QChar(0x201D);
}

QString nameOf(const Core::Attribution &by)
{
    return by.isEmpty() ? ReviewModel::tr("Someone") : by.reviewer;
}

QString saying(const Comment &comment)
{
    switch (comment.verb) {
    case Core::Review::Verb::Resolved:
        return ReviewModel::tr("%1 resolved the thread").arg(nameOf(comment.by));
    case Core::Review::Verb::Reopened:
        return ReviewModel::tr("%1 reopened the thread").arg(nameOf(comment.by));
    case Core::Review::Verb::None:
        break;
    }
    return nameOf(comment.by) + QLatin1String(": ") + excerpt(comment.text);
}

QIcon dot(const QString &color)
{
    static QHash<QString, QIcon> made;
    if (const auto found = made.constFind(color); found != made.cend())
        return *found;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(color));
    painter.drawEllipse(1, 1, 10, 10);
    painter.end();
    return made.insert(color, QIcon(pixmap)).value();
}

QString tooltipOf(const Core::Attribution &by, int line)
{
    QString when = by.time.isValid() ? Core::ReviewRender::displayTime(by.time) : QString();
    QString tip = nameOf(by);
    if (!when.isEmpty())
        tip += QLatin1String(", ") + when;
    return tip + QLatin1String(" — ") + ReviewModel::tr("line %1").arg(line);
}

} // namespace

ReviewModel::ReviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QString ReviewModel::describe(QStringView text, const Item &item)
{
    const Core::CriticMarkup::Mark &mark = item.mark;
    switch (item.type) {
    case Item::Type::Change:
        switch (mark.kind) {
        case Kind::Addition:
            return tr("Added %1").arg(quoted(mark.content.of(text)));
        case Kind::Deletion:
            return tr("Deleted %1").arg(quoted(mark.content.of(text)));
        case Kind::Substitution:
            return tr("Replaced %1 with %2").arg(quoted(mark.oldText.of(text)), quoted(mark.newText.of(text)));
        default:
            break;
        }
        break;
    case Item::Type::Thread: {
        const QString said = item.comments.isEmpty() ? QString() : excerpt(item.comments.front().text);
        if (mark.kind == Kind::Highlight)
            return tr("Comment on %1: %2").arg(quoted(mark.content.of(text)), said);
        return tr("Comment: %1").arg(said);
    }
    case Item::Type::Highlight:
        return tr("Highlighted %1").arg(quoted(mark.content.of(text)));
    }
    return excerpt(mark.whole.of(text));
}

void ReviewModel::setText(const QString &text, const Core::Review &review)
{
    if (sameMarks(text, review)) {
        // Only positions moved: rows, selection and scrolling stay.
        m_text = text;
        m_review = review;
        return;
    }
    beginResetModel();
    m_text = text;
    m_review = review;
    refilter();
    endResetModel();
}

void ReviewModel::setFilter(const QString &reviewer, bool showResolved)
{
    if (reviewer == m_reviewer && showResolved == m_showResolved)
        return;
    beginResetModel();
    m_reviewer = reviewer;
    m_showResolved = showResolved;
    refilter();
    endResetModel();
}

bool ReviewModel::sameMarks(const QString &text, const Core::Review &review) const
{
    const QList<Item> &before = m_review.items();
    const QList<Item> &after = review.items();
    if (before.size() != after.size() || m_review.reviewers() != review.reviewers())
        return false;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const Item &a = before.at(i);
        const Item &b = after.at(i);
        if (a.type != b.type || a.kind() != b.kind() || a.resolved != b.resolved || a.by != b.by
            || a.comments.size() != b.comments.size() || a.line != b.line || a.whole.of(m_text) != b.whole.of(text))
            return false;
    }
    return true;
}

void ReviewModel::refilter()
{
    m_shown.clear();
    const QList<Item> &items = m_review.items();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (item.resolved && !m_showResolved)
            continue;
        if (!m_reviewer.isEmpty() && !item.reviewers().contains(m_reviewer, Qt::CaseInsensitive))
            continue;
        m_shown.append(i);
    }
}

QList<Comment> ReviewModel::shownComments(const Item &item) const
{
    QList<Comment> comments = item.comments;
    if (item.type == Item::Type::Thread && !comments.isEmpty())
        comments.removeFirst(); // the row itself says it
    return comments;
}

const Item *ReviewModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == topLevel ? index.row() : int(index.internalId() - 1);
    if (row < 0 || row >= m_shown.size())
        return nullptr;
    return &m_review.items().at(m_shown.at(row));
}

QModelIndex ReviewModel::indexOfItem(qsizetype itemIndex) const
{
    const qsizetype row = m_shown.indexOf(itemIndex);
    return row < 0 ? QModelIndex() : index(int(row), 0);
}

QModelIndex ReviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_shown.size() ? createIndex(row, 0, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel)
        return {};
    const Item *item = itemAt(parent);
    if (!item || row >= shownComments(*item).size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex ReviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_shown.size());
    if (parent.internalId() != topLevel)
        return 0;
    const Item *item = itemAt(parent);
    return item ? int(shownComments(*item).size()) : 0;
}

int ReviewModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    const Item *item = itemAt(index);
    if (!item)
        return {};
    const qsizetype itemIndex = m_shown.at(index.internalId() == topLevel ? index.row() : int(index.internalId() - 1));
    if (index.internalId() != topLevel) {
        const QList<Comment> comments = shownComments(*item);
        if (index.row() >= comments.size())
            return {};
        const Comment &comment = comments.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return saying(comment);
        case Qt::ToolTipRole:
            return QString(tooltipOf(comment.by, comment.line) + QLatin1Char('\n') + comment.text);
        case Qt::DecorationRole:
            return dot(Core::ReviewRender::reviewerColor(m_review.reviewers().indexOf(comment.by.reviewer)));
        case ItemIndexRole:
            return itemIndex;
        case ReviewerRole:
            return comment.by.reviewer;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return QString(nameOf(item->by) + QLatin1String(": ") + describe(m_text, *item));
    case Qt::ToolTipRole: {
        QString tip = tooltipOf(item->by, item->line);
        if (item->resolved)
            tip += QLatin1Char('\n') + tr("Resolved");
        return tip;
    }
    case Qt::DecorationRole:
        return dot(Core::ReviewRender::reviewerColor(m_review.reviewers().indexOf(item->by.reviewer)));
    case Qt::ForegroundRole:
        if (item->resolved)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case ItemIndexRole:
        return itemIndex;
    case ReviewerRole:
        return item->by.reviewer;
    case ResolvedRole:
        return item->resolved;
    default:
        return {};
    }
}

} // namespace Byline::WidgetUi
