#pragma once

#include "testdesk.h"
#include "testfiles.h"

#include <ui/compare/comparecontroller.h>
#include <ui/compare/comparewindow.h>

#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>

// What the compare tests share: two drafts of the sample column in a folder of their own — the
// column as it is now, and the draft filed before it (other words in three places, another
// status, a paragraph elsewhere) — and a window with the column open.
namespace {

// The menu bar's menu of that title (without its &).
inline QMenu *menuNamed(const QMenuBar *bar, const QString &title)
{
    for (QAction *action : bar->actions()) {
        if (action->menu() && action->text().remove(QLatin1Char('&')) == title)
            return action->menu();
    }
    return nullptr;
}

inline QString sampleColumn()
{
    return QString::fromUtf8(readAll(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md")));
}

const QString movedParagraph
    = QStringLiteral("With the new focus on the cloud, does oVirt face a slimmer window of opportunity as well?\n\n");

// The column as it was filed: "Years ago" where it now says "Quite a few years back", "Over the
// past" where it says "Over past", no "both" in "a close eye both on", status review, and the
// closing question of the first part asked before the paragraph that leads to it.
inline QString filedDraft()
{
    QString text = sampleColumn();
    text.replace(QStringLiteral("Quite a few years back, I wrote"), QStringLiteral("Years ago, I wrote"));
    text.replace(QStringLiteral("Over past couple"), QStringLiteral("Over the past couple"));
    text.replace(QStringLiteral("a close eye both on VMware"), QStringLiteral("a close eye on VMware"));
    text.replace(QStringLiteral("status: published"), QStringLiteral("status: review"));
    text.remove(movedParagraph);
    text.insert(text.indexOf(QStringLiteral("I can't help but wonder")), movedParagraph);
    return text;
}

struct CompareDesk
{
    explicit CompareDesk(const QTemporaryDir &dir)
        : column(writeFile(dir.filePath(QStringLiteral("column.md")), sampleColumn().toUtf8()))
        , filed(writeFile(dir.filePath(QStringLiteral("filed.md")), filedDraft().toUtf8()))
    {
        desk.window.show();
    }

    [[nodiscard]] Byline::WidgetUi::CompareController &compare() const { return *desk.parts().compare; }
    [[nodiscard]] Byline::WidgetUi::CompareWindow *window() const { return compare().window(); }

    // Opens the column and compares the filed draft with it; false when it did not show.
    [[nodiscard]] bool compareFiledWithColumn()
    {
        if (!desk.open(column))
            return false;
        compare().compareFileWithCurrent(filed);
        return QTest::qWaitFor([this] { return window() && window()->result() && !window()->isComparing(); });
    }

    QString column;
    QString filed;
    TestWindow desk;
};

} // namespace
