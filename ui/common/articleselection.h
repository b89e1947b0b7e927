#pragma once

#include <QStringList>

namespace Byline::WidgetUi {

// The articles a library menu acts on, by absolute path: the one it was opened on, the ones
// selected, and all those listed (the library's table, or the search results when shown). A
// feature that adds to the menu (export) reads it without knowing the library.
struct ArticleSelection
{
    QString clicked; // empty when the menu was opened on the list's background
    QStringList selected;
    QStringList listed;
    bool listedAreResults = false;
    QString library; // the library's folder
};

} // namespace Byline::WidgetUi
