#include "exportdialog.h"

#include "exportsettings.h"

#include <export/exporter.h>
#include <export/htmlexporter.h>
#include <ui/common/prompts.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline::WidgetUi {

namespace {

using Format = Core::ExportOptions::Format;

constexpr int previewWidth = 300; // device-independent pixels
constexpr int previewDelayMs = 150;

QString themeLabel(const QString &theme)
{
    if (theme == QLatin1String("newsprint"))
        return ExportDialog::tr("Newsprint (serif)");
    if (theme == QLatin1String("modern"))
        return ExportDialog::tr("Modern (sans-serif)");
    return theme;
}

} // namespace

ExportDialog::ExportDialog(const Core::ExportOptions &options, Prompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_prompts(prompts)
    , m_format(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_review(new QComboBox(this))
    , m_htmlGroup(new QGroupBox(tr("Web page"), this))
    , m_contents(new QCheckBox(tr("Table of &contents"), this))
    , m_embed(new QCheckBox(tr("&Embed images in the page"), this))
    , m_pageGroup(new QGroupBox(tr("Page"), this))
    , m_pageSize(new QComboBox(this))
    , m_landscape(new QCheckBox(tr("&Landscape"), this))
    , m_margins(new QDoubleSpinBox(this))
    , m_header(new QLineEdit(this))
    , m_footer(new QLineEdit(this))
    , m_titleBlock(new QCheckBox(tr("Headline, &byline and date above the text"), this))
    , m_pdfA(new QCheckBox(tr("PDF/&A for archiving"), this))
    , m_target(new QLineEdit(this))
    , m_targetLabel(new QLabel(tr("Sa&ve to:"), this))
    , m_previewPanel(new QWidget(this))
    , m_previewImage(new QLabel(this))
    , m_previewCaption(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export"));
    m_format->addItem(tr("PDF"), int(Format::Pdf));
    m_format->addItem(tr("Web page (HTML)"), int(Format::Html));
    m_format->addItem(tr("HTML fragment for a CMS"), int(Format::Fragment));
    m_format->addItem(tr("Word document (DOCX)"), int(Format::Docx));
    m_format->addItem(tr("OpenDocument text (ODT)"), int(Format::Odt));
    m_format->addItem(tr("Plain text"), int(Format::Text));
    m_format->setCurrentIndex(m_format->findData(int(options.format)));
    for (const QString &theme : Core::HtmlExporter::themes())
        m_theme->addItem(themeLabel(theme), theme);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(options.theme)));
    m_review->setObjectName(QStringLiteral("exportReview"));
    m_review->addItem(tr("Final: changes accepted, no comments"), int(Core::ReviewEdits::View::Final));
    m_review->addItem(tr("All markup: changes and comments shown"), int(Core::ReviewEdits::View::Markup));
    m_review->addItem(tr("Original: changes rejected"), int(Core::ReviewEdits::View::Original));
    m_review->setCurrentIndex(std::max(0, m_review->findData(int(options.review))));
    m_reviewChosen = options.review != Core::ExportOptions::defaultReview(options.format);
    m_review->setToolTip(tr("Which view of the review marks to export. Final is the clean copy for the CMS; "
                            "all markup shows reviewers' changes and comments, as Word prints them."));

    m_contents->setChecked(options.tableOfContents);
    m_embed->setChecked(options.embedImages);
    m_embed->setToolTip(tr("Images from the article's folder go inside the page, so it can be sent as one file."));
    auto *htmlLayout = new QVBoxLayout(m_htmlGroup);
    htmlLayout->addWidget(m_contents);
    htmlLayout->addWidget(m_embed);

    m_pageSize->addItems(Core::ExportOptions::pageSizes());
    m_pageSize->setCurrentText(options.pageSize);
    m_landscape->setChecked(options.landscape);
    m_margins->setRange(Core::ExportOptions::minimumMargin, Core::ExportOptions::maximumMargin);
    m_margins->setDecimals(0);
    m_margins->setSuffix(tr(" mm"));
    m_margins->setValue(options.marginMillimetres);
    m_header->setText(options.header);
    m_header->setPlaceholderText(tr("The publication, else the headline"));
    m_footer->setText(options.footer);
    m_footer->setPlaceholderText(tr("Beside the page numbers"));
    m_titleBlock->setChecked(options.titleBlock);
    m_pdfA->setChecked(options.pdfA);
    auto *size = new QHBoxLayout;
    size->addWidget(m_pageSize, 1);
    size->addWidget(m_landscape);
    auto *pageLayout = new QFormLayout(m_pageGroup);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_pageSize);
    pageLayout->addRow(sizeLabel, size);
    pageLayout->addRow(tr("&Margins:"), m_margins);
    pageLayout->addRow(tr("H&eader:"), m_header);
    pageLayout->addRow(tr("&Footer:"), m_footer);
    pageLayout->addRow(m_titleBlock);
    pageLayout->addRow(m_pdfA);

    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("browseTarget"));
    choose->setAutoDefault(false); // Return after choosing a file exports rather than asks again
    auto *target = new QHBoxLayout;
    target->addWidget(m_target, 1);
    target->addWidget(choose);
    m_targetLabel->setBuddy(m_target);

    auto *form = new QFormLayout;
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Review:"), m_review);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_htmlGroup);
    left->addWidget(m_pageGroup);
    left->addStretch(1);
    auto *targetForm = new QFormLayout;
    targetForm->addRow(m_targetLabel, target);
    left->addLayout(targetForm);

    m_previewImage->setAlignment(Qt::AlignCenter);
    m_previewImage->setMinimumSize(previewWidth, int(previewWidth * 1.42));
    m_previewImage->setFrameShape(QFrame::StyledPanel);
    m_previewImage->setText(tr("Drawing the first page…"));
    m_previewCaption->setAlignment(Qt::AlignCenter);
    auto *previewLayout = new QVBoxLayout(m_previewPanel);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewImage, 1);
    previewLayout->addWidget(m_previewCaption);

    m_target->setMinimumWidth(m_target->fontMetrics().averageCharWidth() * 36);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_previewPanel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    m_buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseTarget);

    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(previewDelayMs);
    connect(&m_previewDelay, &QTimer::timeout, this, &ExportDialog::startPreview);
    connect(&m_previewWatcher, &QFutureWatcher<Preview>::finished, this, &ExportDialog::showPreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    for (QComboBox *box : {m_theme, m_pageSize})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox *box : {m_landscape, m_titleBlock})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_margins, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    // Another view is another render of the article.
    connect(m_review, &QComboBox::currentIndexChanged, this,
            [this] { setPreviewSource(m_previewPath, m_previewText); });
    connect(m_review, &QComboBox::activated, this, [this] { m_reviewChosen = true; });
    for (QLineEdit *line : {m_header, m_footer})
        connect(line, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    formatChanged();
}

ExportDialog::~ExportDialog()
{
    m_previewWatcher.waitForFinished();
}

void ExportDialog::setTargetFile(const QString &file)
{
    m_toFolder = false;
    m_targetLabel->setText(tr("Sa&ve to:"));
    m_target->setText(ExportSettings::withExtension(file, options().format));
}

void ExportDialog::setTargetFolder(const QString &folder, int count)
{
    m_toFolder = true;
    setWindowTitle(tr("Export %n Articles", nullptr, count));
    m_targetLabel->setText(tr("Into fol&der:"));
    m_target->setText(folder);
}

void ExportDialog::setPreviewSource(const QString &path, const std::optional<QString> &text)
{
    m_previewPath = path;
    m_previewText = text;
    m_previewArticle.reset();
    ++m_previewSource;
    schedulePreview();
}

Core::ExportOptions ExportDialog::options() const
{
    Core::ExportOptions options;
    options.format = Format(m_format->currentData().toInt());
    options.theme = m_theme->currentData().toString();
    options.tableOfContents = m_contents->isChecked();
    options.embedImages = m_embed->isChecked();
    options.pageSize = m_pageSize->currentText();
    options.landscape = m_landscape->isChecked();
    options.marginMillimetres = m_margins->value();
    options.header = m_header->text().trimmed();
    options.footer = m_footer->text().trimmed();
    options.titleBlock = m_titleBlock->isChecked();
    options.pdfA = m_pdfA->isChecked();
    options.review = Core::ReviewEdits::View(m_review->currentData().toInt());
    return options;
}

QString ExportDialog::target() const
{
    return m_target->text().trimmed();
}

void ExportDialog::chooseTarget()
{
    if (m_toFolder) {
        const QString folder = m_prompts.askFile({Prompts::FileRequest::Mode::Folder, tr("Export Into"), target(), {}});
        if (!folder.isEmpty())
            m_target->setText(folder);
        return;
    }
    const QString extension = Core::ExportOptions::extension(options().format);
    const QString file = m_prompts.askFile({Prompts::FileRequest::Mode::Save, tr("Export To"), target(),
                                            tr("%1 files (*.%2)").arg(extension.toUpper(), extension)});
    if (!file.isEmpty())
        m_target->setText(ExportSettings::withExtension(file, options().format));
}

void ExportDialog::formatChanged()
{
    const Format format = options().format;
    m_htmlGroup->setEnabled(format == Format::Html);
    m_theme->setEnabled(format == Format::Html || format == Format::Pdf || format == Format::Odt);
    m_pageGroup->setEnabled(format == Format::Pdf || format == Format::Odt || format == Format::Docx);
    // A Word document goes to an editor: the markup, unless a view was chosen.
    if (!m_reviewChosen)
        m_review->setCurrentIndex(std::max(0, m_review->findData(int(Core::ExportOptions::defaultReview(format)))));
    for (QWidget *paged : std::initializer_list<QWidget *> {m_pageSize, m_landscape, m_margins})
        paged->setEnabled(format == Format::Pdf || format == Format::Docx);
    for (QWidget *pdfOnly : std::initializer_list<QWidget *> {m_header, m_footer, m_pdfA})
        pdfOnly->setEnabled(format == Format::Pdf);
    m_previewPanel->setVisible(format == Format::Pdf);
    if (!m_toFolder && !target().isEmpty())
        m_target->setText(ExportSettings::withExtension(target(), format));
    schedulePreview();
}

void ExportDialog::schedulePreview()
{
    if (options().format != Format::Pdf || (m_previewPath.isEmpty() && !m_previewText))
        return;
    m_previewDelay.start();
}

void ExportDialog::startPreview()
{
    if (m_previewWatcher.isRunning()) {
        m_previewStale = true; // drawn again when the one under way is done
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const int width = int(previewWidth * ratio);
    // The article is read and rendered once per source; each change of options only lays it out.
    m_previewWatcher.setFuture(
        QtConcurrent::run([path = m_previewPath, text = m_previewText, article = m_previewArticle,
                           source = m_previewSource, options = options(), width, ratio]() -> Preview {
            Preview preview;
            preview.article = article
                ? article
                : std::make_shared<const Core::RenderedArticle>(Core::TextFormats::article(path, text, options.review));
            preview.source = source;
            preview.page = Core::Exporter::firstPage(*preview.article, options, width, &preview.pageCount);
            preview.page.setDevicePixelRatio(ratio);
            return preview;
        }));
}

void ExportDialog::showPreview()
{
    const Preview drawn = m_previewWatcher.result();
    if (drawn.source == m_previewSource)
        m_previewArticle = drawn.article;
    if (m_previewStale) {
        m_previewStale = false;
        startPreview();
        return;
    }
    m_preview = drawn;
    if (m_preview.page.isNull()) {
        m_previewImage->setText(tr("This article cannot be printed; see the message above the editor."));
        m_previewCaption->clear();
    } else {
        m_previewImage->setPixmap(QPixmap::fromImage(m_preview.page));
        m_previewCaption->setText(tr("Page 1 of %1").arg(m_preview.pageCount));
    }
    Q_EMIT previewUpdated();
}

} // namespace Byline::WidgetUi
