#pragma once

#include <QListWidget>

namespace Byline::WidgetUi {

// The articles of a library folder, for picking one to open. (The indexed, searchable library
// view replaces this list; until then it shows the Markdown and text files of the folder.)
class LibraryPanel final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    explicit LibraryPanel(QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] QStringList files() const;
    void selectFile(const QString &path);

Q_SIGNALS:
    void fileActivated(const QString &path);

private:
    QString m_folder;
};

} // namespace Byline::WidgetUi
