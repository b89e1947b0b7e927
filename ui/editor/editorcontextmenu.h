#pragma once

#include <QList>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;

namespace Byline::WidgetUi {

// The editor's context menu, which features extend rather than replace: each contributor adds
// its entries for the text position the menu was opened at (spelling its suggestions, review its
// accept and reject), above the standard Cut, Copy and Paste. Contributions come in the order the
// features registered; a contributor goes when its owner is destroyed.
class EditorContextMenu final
{
public:
    // Adds entries to `menu` for document position `position`, each inserted before `before`.
    using Contributor = std::function<void(QMenu *menu, int position, QAction *before)>;

    void add(const QObject *owner, Contributor contributor);
    // Puts every live contribution into `menu`, whose first entry is the standard ones' first.
    void contribute(QMenu *menu, int position) const;

private:
    struct Entry
    {
        QPointer<const QObject> owner;
        Contributor contributor;
    };
    QList<Entry> m_entries;
};

} // namespace Byline::WidgetUi
