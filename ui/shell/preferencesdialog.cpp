#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace Byline::WidgetUi {

PreferencesDialog::PreferencesDialog(const Settings &settings, const QList<Core::DictionaryInfo> &dictionaries,
                                     QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_author(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_sync(new QComboBox(this))
    , m_syncMinutes(new QSpinBox(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QDoubleSpinBox(this))
    , m_column(new QSpinBox(this))
    , m_spacing(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
    , m_preview(new QComboBox(this))
    , m_speed(new QSpinBox(this))
    , m_checkSpelling(new QCheckBox(tr("Underline misspelled words as I type"), this))
    , m_language(new QComboBox(this))
    , m_skipAllCaps(new QCheckBox(tr("Skip words in CAPITALS (acronyms)"), this))
{
    setWindowTitle(tr("Preferences"));
    m_author->setText(settings.authorName);
    m_author->setPlaceholderText(tr("As it stands in the byline"));
    m_author->setAccessibleName(tr("Your name"));
    m_email->setText(settings.email);
    m_email->setPlaceholderText(tr("Signs your changes to a shared library (else git's user.email)"));
    m_email->setAccessibleName(tr("Your e-mail"));
    m_sync->addItems({tr("Only when I choose File ▸ Sync"), tr("Every few minutes"), tr("After each save")});
    m_sync->setCurrentIndex(int(settings.syncMode));
    m_sync->setAccessibleName(tr("Automatic sync of a shared library"));
    m_syncMinutes->setRange(1, 1440);
    m_syncMinutes->setSuffix(tr(" min"));
    m_syncMinutes->setValue(settings.syncMinutes);
    m_syncMinutes->setAccessibleName(tr("Minutes between syncs"));
    m_syncMinutes->setEnabled(settings.syncMode == Settings::SyncMode::Every);
    connect(m_sync, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_syncMinutes->setEnabled(Settings::SyncMode(index) == Settings::SyncMode::Every); });
    m_font->setCurrentFont(settings.editorFont);
    m_font->setAccessibleName(tr("Editor font"));
    m_fontSize->setRange(6, 72);
    m_fontSize->setDecimals(1);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings.editorFont.pointSizeF() > 0 ? settings.editorFont.pointSizeF() : 12);
    m_fontSize->setAccessibleName(tr("Font size"));
    m_column->setRange(0, 400);
    m_column->setSpecialValueText(tr("Full width"));
    m_column->setSuffix(tr(" characters"));
    m_column->setValue(settings.columnWidth);
    m_column->setAccessibleName(tr("Text column width"));
    m_spacing->setRange(100, 300);
    m_spacing->setSingleStep(10);
    m_spacing->setSuffix(tr(" %"));
    m_spacing->setValue(settings.lineSpacing);
    m_spacing->setAccessibleName(tr("Line spacing"));
    m_theme->addItems({tr("Follow the system"), tr("Light"), tr("Dark")});
    m_theme->setCurrentIndex(int(settings.theme));
    m_theme->setAccessibleName(tr("Theme"));
    m_autosave->setRange(0, 3600);
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(settings.autosaveSeconds);
    m_autosave->setAccessibleName(tr("Autosave interval"));
    m_preview->addItems({tr("Beside the text"), tr("Hidden")});
    m_preview->setCurrentIndex(int(settings.previewLayout));
    m_preview->setAccessibleName(tr("Preview"));
    m_speed->setRange(50, 1000);
    m_speed->setSuffix(tr(" words a minute"));
    m_speed->setValue(settings.wordsPerMinute);
    m_speed->setAccessibleName(tr("Reading speed"));

    m_checkSpelling->setChecked(settings.checkSpelling);
    m_language->addItem(tr("The system's language"), QString());
    for (const Core::DictionaryInfo &info : dictionaries)
        m_language->addItem(QStringLiteral("%1 (%2)").arg(info.languageName(), info.languageTag()), info.languageTag());
    const int chosen = m_language->findData(settings.spellingLanguage);
    if (chosen < 0 && !settings.spellingLanguage.isEmpty())
        m_language->addItem(tr("%1 (not installed)").arg(settings.spellingLanguage), settings.spellingLanguage);
    m_language->setCurrentIndex(chosen >= 0 ? chosen
                                            : (settings.spellingLanguage.isEmpty() ? 0 : m_language->count() - 1));
    m_language->setAccessibleName(tr("Default spelling language"));
    m_language->setToolTip(tr("For articles whose front matter names no language (`lang:`)."));
    m_skipAllCaps->setChecked(settings.skipAllCaps);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Your &name:"), m_author);
    form->addRow(tr("Your &e-mail:"), m_email);
    form->addRow(tr("Editor &font:"), m_font);
    form->addRow(tr("Font &size:"), m_fontSize);
    form->addRow(tr("Text &column:"), m_column);
    form->addRow(tr("&Line spacing:"), m_spacing);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Autosave every:"), m_autosave);
    form->addRow(tr("&Preview:"), m_preview);
    form->addRow(tr("&Reading speed:"), m_speed);
    form->addRow(tr("Spelling:"), m_checkSpelling);
    form->addRow(tr("Default &language:"), m_language);
    form->addRow(QString(), m_skipAllCaps);
    auto *syncRow = new QHBoxLayout;
    syncRow->addWidget(m_sync, 1);
    syncRow->addWidget(m_syncMinutes);
    form->addRow(tr("S&ync a shared library:"), syncRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Settings PreferencesDialog::settings() const
{
    Settings s = m_settings;
    s.editorFont = m_font->currentFont();
    s.editorFont.setPointSizeF(m_fontSize->value());
    s.columnWidth = m_column->value();
    s.lineSpacing = m_spacing->value();
    s.theme = Settings::Theme(m_theme->currentIndex());
    s.autosaveSeconds = m_autosave->value();
    s.previewLayout = Settings::PreviewLayout(m_preview->currentIndex());
    s.wordsPerMinute = m_speed->value();
    s.authorName = m_author->text().trimmed();
    s.email = m_email->text().trimmed();
    s.syncMode = Settings::SyncMode(m_sync->currentIndex());
    s.syncMinutes = m_syncMinutes->value();
    s.checkSpelling = m_checkSpelling->isChecked();
    s.spellingLanguage = m_language->currentData().toString();
    s.skipAllCaps = m_skipAllCaps->isChecked();
    return s;
}

} // namespace Byline::WidgetUi
