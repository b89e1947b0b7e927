#include "compareheader.h"

#include "comparedocuments.h"
#include "comparison.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace Byline::WidgetUi {

namespace {

QString bold(const QString &text)
{
    return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
}

QString colored(const QString &text, const QColor &color, const QString &decoration)
{
    return QStringLiteral("<span style=\"color:%1; text-decoration:%2\">%3</span>")
        .arg(color.name(), decoration, text.toHtmlEscaped());
}

} // namespace

CompareHeader::CompareHeader(QWidget *parent)
    : QWidget(parent)
    , m_sides(new QLabel(this))
    , m_swap(new QAction(tr("S&wap"), this))
    , m_versions(new QMenu(this))
    , m_versionsButton(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_frontMatter(new QLabel(this))
{
    m_sides->setObjectName(QStringLiteral("compareSides"));
    m_sides->setTextFormat(Qt::RichText);
    m_sides->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_swap->setObjectName(QStringLiteral("compareSwap"));
    m_swap->setToolTip(tr("Compare the other way round: what was added becomes what was deleted"));
    auto *swap = new QToolButton(this);
    swap->setDefaultAction(m_swap);
    swap->setText(tr("⇄ S&wap"));
    m_versionsButton->setObjectName(QStringLiteral("compareWith"));
    m_versionsButton->setText(tr("Compare &With"));
    m_versionsButton->setToolTip(tr("Compare the current text with another version or file"));
    m_versionsButton->setPopupMode(QToolButton::InstantPopup);
    m_versionsButton->setMenu(m_versions);
    setVersions({});

    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_frontMatter->setObjectName(QStringLiteral("compareFrontMatter"));
    m_frontMatter->setTextFormat(Qt::RichText);
    m_frontMatter->setWordWrap(true);
    m_frontMatter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_frontMatter->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_sides, 1);
    top->addWidget(swap);
    top->addWidget(m_versionsButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_frontMatter);
}

void CompareHeader::setSides(const QString &before, const QString &after)
{
    m_sides->setText(bold(before) + QStringLiteral(" &nbsp;→&nbsp; ") + bold(after));
}

QString CompareHeader::sides() const
{
    return m_sides->text();
}

void CompareHeader::setVersions(const QStringList &labels)
{
    m_versions->clear();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        connect(m_versions->addAction(labels.at(i)), &QAction::triggered, this,
                [this, i] { Q_EMIT versionChosen(int(i)); });
    }
    if (!labels.isEmpty())
        m_versions->addSeparator();
    QAction *file = m_versions->addAction(tr("Other &File…"));
    file->setObjectName(QStringLiteral("compareOtherFile"));
    connect(file, &QAction::triggered, this, &CompareHeader::fileAsked);
}

void CompareHeader::showComparing()
{
    m_summary->setText(tr("Comparing…"));
}

QString CompareHeader::summaryOf(const Comparison &comparison)
{
    if (comparison.isSame())
        return tr("The two versions are the same");
    const qsizetype changes = comparison.changes().size();
    if (changes == 0)
        return tr("Only the front matter differs");
    return tr("%n changes", nullptr, int(changes)) + QStringLiteral(" · ")
        + tr("%n words out", nullptr, int(comparison.wordsDeleted())) + QStringLiteral(" · ")
        + tr("%n in", nullptr, int(comparison.wordsAdded()));
}

void CompareHeader::show(const Comparison &comparison, const CompareStyle &style)
{
    m_summary->setText(summaryOf(comparison));
    QStringList fields;
    m_frontMatterText.clear();
    for (const Core::FrontMatterDiff::Field &field : comparison.frontMatter()) {
        m_frontMatterText
            += field.key + QStringLiteral(": ") + field.before + QStringLiteral(" → ") + field.after + u'\n';
        QString line = bold(field.key + u':') + u' ';
        if (field.wasPresent)
            line += colored(field.before, style.deleted, QStringLiteral("line-through"));
        if (field.wasPresent && field.isPresent)
            line += QStringLiteral(" → ");
        if (field.isPresent)
            line += colored(field.after, style.added, QStringLiteral("underline"));
        if (!field.isPresent)
            line += u' ' + tr("(removed)").toHtmlEscaped();
        else if (!field.wasPresent)
            line += u' ' + tr("(added)").toHtmlEscaped();
        fields.append(line);
    }
    m_frontMatter->setVisible(!fields.isEmpty());
    m_frontMatter->setText(fields.isEmpty() ? QString()
                                            : tr("Front matter:") + QStringLiteral("<br>") + fields.join(u"<br>"));
}

QString CompareHeader::summary() const
{
    return m_summary->text();
}

QString CompareHeader::frontMatter() const
{
    return m_frontMatterText;
}

} // namespace Byline::WidgetUi
