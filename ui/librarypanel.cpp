#include "librarypanel.h"

#include <QDir>
#include <QFileInfo>

namespace Byline::WidgetUi {

LibraryPanel::LibraryPanel(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("library"));
    setAccessibleName(tr("Library"));
    setMinimumWidth(160);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            Q_EMIT fileActivated(current->data(Qt::UserRole).toString());
    });
}

void LibraryPanel::setFolder(const QString &folder)
{
    m_folder = folder;
    const QSignalBlocker blocker(this);
    clear();
    const QDir dir(folder);
    const QStringList names
        = dir.entryList({QStringLiteral("*.md"), QStringLiteral("*.markdown"), QStringLiteral("*.txt")},
                        QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(QFileInfo(name).completeBaseName(), this);
        item->setData(Qt::UserRole, dir.filePath(name));
        item->setToolTip(dir.filePath(name));
    }
}

QStringList LibraryPanel::files() const
{
    QStringList paths;
    for (int i = 0; i < count(); ++i)
        paths.append(item(i)->data(Qt::UserRole).toString());
    return paths;
}

void LibraryPanel::selectFile(const QString &path)
{
    const QSignalBlocker blocker(this);
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == path) {
            setCurrentRow(i);
            return;
        }
    }
}

} // namespace Byline::WidgetUi
