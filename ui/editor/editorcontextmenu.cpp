#include "editorcontextmenu.h"

#include <QMenu>

namespace Byline::WidgetUi {

void EditorContextMenu::add(const QObject *owner, Contributor contributor)
{
    m_entries.append({owner, std::move(contributor)});
}

void EditorContextMenu::contribute(QMenu *menu, int position) const
{
    QAction *standard = menu->actions().value(0);
    bool added = false;
    for (const Entry &entry : m_entries) {
        if (!entry.owner)
            continue;
        const qsizetype before = menu->actions().size();
        entry.contributor(menu, position, standard);
        added = added || menu->actions().size() > before;
    }
    if (added && standard)
        menu->insertSeparator(standard);
}

} // namespace Byline::WidgetUi
