#pragma once

#include <QHash>
#include <QString>

namespace Byline::WidgetUi {

// How a shared library's sync stands for one article, as the library table shows it: a symbol
// beside the title and a word in the Sync column. Made by the sharing feature, shown by the
// library's, which know nothing of each other.
struct SyncMark
{
    QString symbol; // "↑" to send, "↓" to receive, "⇅" both, "✎" suggestions from a sync
    QString text; // "changed here", for the column and the tooltip

    friend bool operator==(const SyncMark &, const SyncMark &) = default;
};

// By path relative to the library, '/'-separated; articles in step are left out.
using SyncMarks = QHash<QString, SyncMark>;

} // namespace Byline::WidgetUi
