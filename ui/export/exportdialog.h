#pragma once

#include <export/exportoptions.h>
#include <export/renderedarticle.h>

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace Byline::WidgetUi {

class Prompts;

// Asks how to export: format, theme, the page's options (size, orientation, margins, header,
// footer, title block, PDF/A), the HTML page's (contents, embedded images) and where to. For
// PDF a live preview shows the first page as it will print, redrawn off the UI thread as the
// options change. One article goes to a file; several go into a folder.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    struct Preview
    {
        QImage page;
        int pageCount = 0;
        std::shared_ptr<const Core::RenderedArticle> article; // what was laid out
        quint64 source = 0; // the setPreviewSource() call it came from
    };

    // `prompts` asks for the file or folder when the user browses for one.
    ExportDialog(const Core::ExportOptions &options, Prompts &prompts, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // One article to `file`; the extension follows the format.
    void setTargetFile(const QString &file);
    // `count` articles into `folder`.
    void setTargetFolder(const QString &folder, int count);
    // The article the preview shows: the editor's text (or the file's, when `text` is null).
    void setPreviewSource(const QString &path, const std::optional<QString> &text = std::nullopt);

    [[nodiscard]] Core::ExportOptions options() const;
    [[nodiscard]] QString target() const;
    [[nodiscard]] bool toFolder() const { return m_toFolder; }

    // The preview as last drawn; its page count is 0 until one is.
    [[nodiscard]] const Preview &preview() const { return m_preview; }
    [[nodiscard]] QLabel *previewLabel() const { return m_previewImage; }
    [[nodiscard]] QComboBox *formatBox() const { return m_format; }

Q_SIGNALS:
    void previewUpdated();

private:
    void chooseTarget();
    void formatChanged();
    void schedulePreview();
    void startPreview();
    void showPreview();

    Prompts &m_prompts;
    QComboBox *m_format;
    QComboBox *m_theme;
    QComboBox *m_review;
    QGroupBox *m_htmlGroup;
    QCheckBox *m_contents;
    QCheckBox *m_embed;
    QGroupBox *m_pageGroup;
    QComboBox *m_pageSize;
    QCheckBox *m_landscape;
    QDoubleSpinBox *m_margins;
    QLineEdit *m_header;
    QLineEdit *m_footer;
    QCheckBox *m_titleBlock;
    QCheckBox *m_pdfA;
    QLineEdit *m_target;
    QLabel *m_targetLabel;
    QWidget *m_previewPanel;
    QLabel *m_previewImage;
    QLabel *m_previewCaption;
    QDialogButtonBox *m_buttons;

    bool m_toFolder = false;
    bool m_reviewChosen = false; // the view was picked, not left at the format's own
    QString m_previewPath;
    std::optional<QString> m_previewText;
    std::shared_ptr<const Core::RenderedArticle> m_previewArticle; // rendered once per source
    quint64 m_previewSource = 0;
    QTimer m_previewDelay;
    QFutureWatcher<Preview> m_previewWatcher;
    bool m_previewStale = false; // options changed while a preview was being drawn
    Preview m_preview;
};

} // namespace Byline::WidgetUi
