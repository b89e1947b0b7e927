#pragma once

#include <QDialog>

class QLineEdit;

namespace Byline::WidgetUi {

class Prompts;

// File ▸ Open Shared Library…: the repository to clone and the new folder to clone it into.
class OpenSharedLibraryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenSharedLibraryDialog)

public:
    OpenSharedLibraryDialog(Prompts &prompts, const QString &parentFolder, QWidget *parent = nullptr);

    [[nodiscard]] QString url() const;
    [[nodiscard]] QString folder() const;
    void setUrl(const QString &url);
    void setFolder(const QString &folder);

private:
    void suggestFolder();

    Prompts &m_prompts;
    QString m_parentFolder;
    QLineEdit *m_url;
    QLineEdit *m_folder;
    bool m_folderTyped = false;
};

} // namespace Byline::WidgetUi
