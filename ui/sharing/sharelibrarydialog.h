#pragma once

#include <QDialog>

class QLineEdit;

namespace Byline::WidgetUi {

// File ▸ Share Library…: the git repository a library is shared through. An empty repository
// on a server (or a folder) receives the library; one that already holds a library is merged
// with it, article by article.
class ShareLibraryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareLibraryDialog)

public:
    ShareLibraryDialog(const QString &library, const QString &currentUrl, QWidget *parent = nullptr);

    [[nodiscard]] QString url() const;
    void setUrl(const QString &url);

private:
    QLineEdit *m_url;
};

} // namespace Byline::WidgetUi
