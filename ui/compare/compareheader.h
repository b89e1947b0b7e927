#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace Byline::WidgetUi {

class Comparison;
struct CompareStyle;

// The top of the compare window: which two versions are compared ("Draft filed 3 Dec 14:02 →
// Current text"), with Swap and Compare With (the other versions on offer, or a file); the
// summary ("12 changes · 14 words out · 17 in"); and the front matter's changes key by key,
// which a word diff of YAML would show as quotes and dashes.
class CompareHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareHeader)

public:
    explicit CompareHeader(QWidget *parent = nullptr);

    void setSides(const QString &before, const QString &after);
    // The versions Compare With offers, by their labels, above "Other File…".
    void setVersions(const QStringList &labels);
    void showComparing();
    void show(const Comparison &comparison, const CompareStyle &style);

    [[nodiscard]] QAction *swapAction() const { return m_swap; }
    [[nodiscard]] QMenu *versionsMenu() const { return m_versions; }
    [[nodiscard]] QString sides() const;
    [[nodiscard]] QString summary() const;
    // The front matter's changes, "key: before → after" a line; empty when none changed.
    [[nodiscard]] QString frontMatter() const;

    [[nodiscard]] static QString summaryOf(const Comparison &comparison);

Q_SIGNALS:
    void versionChosen(int index);
    void fileAsked();

private:
    QLabel *m_sides;
    QAction *m_swap;
    QMenu *m_versions;
    QToolButton *m_versionsButton;
    QLabel *m_summary;
    QLabel *m_frontMatter;
    QString m_frontMatterText;
};

} // namespace Byline::WidgetUi
