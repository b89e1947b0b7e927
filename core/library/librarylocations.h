#pragma once

#include <QStringList>

namespace Byline::Core {

// Which library folders the user works with: the current one and the recently opened ones,
// kept in the settings the window and the command line share.
class LibraryLocations final
{
public:
    static constexpr int maxRecent = 8;

    // The current library: the last one opened, else the default `Byline` in the documents folder.
    [[nodiscard]] static QString current();
    // Makes `folder` current and puts it first among the recent ones.
    static void setCurrent(const QString &folder);
    // Recent libraries that still exist, most recent first.
    [[nodiscard]] static QStringList recent();
    static void forget(const QString &folder);
};

} // namespace Byline::Core
