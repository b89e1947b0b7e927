#include "reviewpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Byline::WidgetUi {

namespace {

using Item = Core::Review::Item;

QToolButton *button(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *made = new QToolButton(parent);
    made->setText(text);
    made->setObjectName(name);
    made->setToolTip(tip);
    made->setToolButtonStyle(Qt::ToolButtonTextOnly);
    made->setAutoRaise(true);
    return made;
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ReviewModel(this))
    , m_reviewers(new QComboBox(this))
    , m_showResolved(new QCheckBox(tr("Resol&ved"), this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_accept(button(tr("Accept"), QStringLiteral("panelAccept"), tr("Accept this change (Ctrl+Alt+Return)"), this))
    , m_reject(button(tr("Reject"), QStringLiteral("panelReject"), tr("Reject this change (Ctrl+Alt+Backspace)"), this))
    , m_reply(button(tr("Reply…"), QStringLiteral("panelReply"), tr("Answer in this thread"), this))
    , m_resolve(button(tr("Resolve"), QStringLiteral("panelResolve"), tr("Mark this thread resolved"), this))
    , m_acceptAll(button(tr("Accept All"), QStringLiteral("panelAcceptAll"), tr("Accept every change"), this))
    , m_rejectAll(button(tr("Reject All"), QStringLiteral("panelRejectAll"), tr("Reject every change"), this))
{
    setObjectName(QStringLiteral("reviewPanel"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 36); // room for "Ed Brooks: Deleted “…”"
    m_reviewers->setObjectName(QStringLiteral("panelReviewers"));
    m_reviewers->setAccessibleName(tr("Show the changes and comments of"));
    m_reviewers->setToolTip(tr("Show everyone's changes and comments, or one reviewer's"));
    m_reviewers->addItem(tr("Everyone"));
    m_showResolved->setObjectName(QStringLiteral("panelShowResolved"));
    m_showResolved->setToolTip(tr("List resolved comment threads too"));

    m_view->setObjectName(QStringLiteral("reviewList"));
    m_view->setAccessibleName(tr("Changes and comments"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true); // thousands of rows lay out at once
    m_view->setRootIsDecorated(true);
    m_view->setItemsExpandable(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    for (QToolButton *all : {m_acceptAll, m_rejectAll}) {
        auto *menu = new QMenu(all);
        all->setMenu(menu);
        all->setPopupMode(QToolButton::MenuButtonPopup);
        const Decision decision = all == m_acceptAll ? Decision::Accept : Decision::Reject;
        connect(menu, &QMenu::aboutToShow, this, [this, menu, decision] { fillAllMenu(menu, decision); });
        connect(all, &QToolButton::clicked, this, [this, decision] { Q_EMIT decideAllAsked(decision, reviewer()); });
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_reviewers, 1);
    filters->addWidget(m_showResolved);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    for (QToolButton *each : {m_accept, m_reject, m_reply, m_resolve})
        buttons->addWidget(each);
    buttons->addStretch(1);
    auto *all = new QHBoxLayout;
    all->setSpacing(0);
    all->addWidget(m_acceptAll);
    all->addWidget(m_rejectAll);
    all->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(all);

    connect(m_reviewers, &QComboBox::currentIndexChanged, this, &ReviewPanel::updateFilter);
    connect(m_showResolved, &QCheckBox::toggled, this, &ReviewPanel::updateFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewPanel::updateButtons);
    // A click (or Enter) shows the item in the text; moving through the list with the keys does too.
    connect(m_view, &QTreeView::activated, this, [this] {
        if (const qsizetype item = currentItem(); item >= 0)
            Q_EMIT chosen(item);
    });
    connect(m_view, &QTreeView::clicked, this, [this] {
        if (const qsizetype item = currentItem(); item >= 0)
            Q_EMIT chosen(item);
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ReviewPanel::showContextMenu);
    connect(m_accept, &QToolButton::clicked, this, [this] { Q_EMIT decideAsked(currentItem(), Decision::Accept); });
    connect(m_reject, &QToolButton::clicked, this, [this] { Q_EMIT decideAsked(currentItem(), Decision::Reject); });
    connect(m_reply, &QToolButton::clicked, this, [this] { Q_EMIT replyAsked(currentItem()); });
    connect(m_resolve, &QToolButton::clicked, this, [this] {
        const qsizetype item = currentItem();
        if (item >= 0)
            Q_EMIT resolveAsked(item, !m_model->review().items().at(item).resolved);
    });
    showReview({}, {});
}

void ReviewPanel::showReview(const QString &text, const Core::Review &review)
{
    // The same item stays current: found again by where it starts among the items.
    const qsizetype current = currentItem();
    const qsizetype start = current >= 0 ? m_model->review().items().at(current).whole.start : -1;
    const bool reset = m_model->review().items().size() != review.items().size();
    m_model->setText(text, review);
    updateReviewers();
    if (start >= 0 && reset)
        follow(review.itemAt(start));
    const qsizetype changes = review.changeCount();
    const qsizetype threads = review.openThreadCount();
    m_summary->setText(review.isEmpty() ? tr("No changes or comments")
                                        : tr("%n suggestions", nullptr, int(changes)) + QStringLiteral(" · ")
                               + tr("%n comments", nullptr, int(threads)));
    m_acceptAll->setEnabled(changes > 0);
    m_rejectAll->setEnabled(changes > 0);
    updateButtons();
}

void ReviewPanel::follow(qsizetype itemIndex)
{
    const QModelIndex index = m_model->indexOfItem(itemIndex);
    if (!index.isValid() || index == m_view->currentIndex())
        return;
    const QSignalBlocker quiet(m_view); // following the cursor is not a choice to jump
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    updateButtons();
}

qsizetype ReviewPanel::currentItem() const
{
    const QVariant item = m_model->data(m_view->currentIndex(), ReviewModel::ItemIndexRole);
    return item.isValid() ? item.toLongLong() : -1;
}

QString ReviewPanel::reviewer() const
{
    return m_reviewers->currentIndex() > 0 ? m_reviewers->currentText() : QString();
}

void ReviewPanel::updateFilter()
{
    m_model->setFilter(reviewer(), m_showResolved->isChecked());
    m_acceptAll->setToolTip(reviewer().isEmpty() ? tr("Accept every change")
                                                 : tr("Accept every change %1 made").arg(reviewer()));
    m_rejectAll->setToolTip(reviewer().isEmpty() ? tr("Reject every change")
                                                 : tr("Reject every change %1 made").arg(reviewer()));
    updateButtons();
}

void ReviewPanel::updateReviewers()
{
    const QStringList &names = m_model->review().reviewers();
    QStringList listed;
    for (int i = 1; i < m_reviewers->count(); ++i)
        listed.append(m_reviewers->itemText(i));
    if (listed == names)
        return;
    const QString chosen = reviewer();
    const QSignalBlocker quiet(m_reviewers);
    while (m_reviewers->count() > 1)
        m_reviewers->removeItem(1);
    m_reviewers->addItems(names);
    const int again = m_reviewers->findText(chosen);
    m_reviewers->setCurrentIndex(std::max(0, again));
    if (again < 0 && !chosen.isEmpty())
        updateFilter(); // the reviewer is gone from the text: everyone again
}

void ReviewPanel::updateButtons()
{
    const qsizetype index = currentItem();
    const Item *item = index >= 0 ? &m_model->review().items().at(index) : nullptr;
    const bool change = item && item->isChange();
    // A comment is not accepted or rejected: it is deleted, and the text it was on stays.
    m_accept->setEnabled(change);
    m_reject->setEnabled(item != nullptr);
    m_reject->setText(change || !item ? tr("Reject") : tr("Delete"));
    m_reject->setToolTip(change || !item ? tr("Reject this change (Ctrl+Alt+Backspace)")
                                         : tr("Delete this comment thread; the text it is on stays"));
    m_reply->setEnabled(item != nullptr);
    const bool thread = item && item->type == Item::Type::Thread;
    m_resolve->setEnabled(thread);
    m_resolve->setText(thread && item->resolved ? tr("Reopen") : tr("Resolve"));
}

void ReviewPanel::fillAllMenu(QMenu *menu, Decision decision)
{
    menu->clear();
    const bool accept = decision == Decision::Accept;
    menu->addAction(accept ? tr("Accept All Changes") : tr("Reject All Changes"), this,
                    [this, decision] { Q_EMIT decideAllAsked(decision, {}); });
    const QStringList &names = m_model->review().reviewers();
    if (!names.isEmpty())
        menu->addSeparator();
    for (const QString &name : names) {
        menu->addAction(accept ? tr("Accept All by %1").arg(name) : tr("Reject All by %1").arg(name), this,
                        [this, decision, name] { Q_EMIT decideAllAsked(decision, name); });
    }
}

void ReviewPanel::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QToolButton *each : {m_accept, m_reject, m_reply, m_resolve}) {
        if (each->isEnabled())
            menu->addAction(each->text(), each, &QToolButton::click);
    }
    menu->popup(m_view->viewport()->mapToGlobal(at));
}

} // namespace Byline::WidgetUi
