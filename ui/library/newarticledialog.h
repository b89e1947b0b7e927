#pragma once

#include <library/libraryfiles.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Byline::WidgetUi {

// Asks for what a new article needs: its title, its author (the user's name from the settings)
// and the library folder it goes into; shows the file name it will get.
class NewArticleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewArticleDialog)

public:
    // `folders` relative to `root` ("" for the top); `folder` preselected (absolute).
    NewArticleDialog(const QString &root, const QStringList &folders, const QString &folder, const QString &author,
                     QWidget *parent = nullptr);

    [[nodiscard]] Core::NewArticle article() const;
    // The absolute folder chosen, inside the library.
    [[nodiscard]] QString folder() const;
    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QLineEdit *authorEdit() const { return m_author; }
    [[nodiscard]] QComboBox *folderBox() const { return m_folder; }
    [[nodiscard]] QString fileNameText() const;

private:
    void update();

    QString m_root;
    QLineEdit *m_title;
    QLineEdit *m_author;
    QComboBox *m_folder;
    QLabel *m_fileName;
    QPushButton *m_create = nullptr;
};

} // namespace Byline::WidgetUi
