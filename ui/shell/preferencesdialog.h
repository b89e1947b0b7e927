#pragma once

#include <spell/dictionarycatalog.h>
#include <ui/common/settings.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;
class QDoubleSpinBox;

namespace Byline::WidgetUi {

// Font, line spacing, theme, column width, autosave, preview layout, reading speed and spelling.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `dictionaries`: the languages spelling can be checked in.
    PreferencesDialog(const Settings &settings, const QList<Core::DictionaryInfo> &dictionaries,
                      QWidget *parent = nullptr);
    [[nodiscard]] Settings settings() const;

private:
    Settings m_settings;
    QLineEdit *m_author;
    QLineEdit *m_email;
    QComboBox *m_sync;
    QSpinBox *m_syncMinutes;
    QFontComboBox *m_font;
    QDoubleSpinBox *m_fontSize;
    QSpinBox *m_column;
    QSpinBox *m_spacing;
    QComboBox *m_theme;
    QSpinBox *m_autosave;
    QComboBox *m_preview;
    QSpinBox *m_speed;
    QCheckBox *m_checkSpelling;
    QComboBox *m_language;
    QCheckBox *m_skipAllCaps;
};

} // namespace Byline::WidgetUi
