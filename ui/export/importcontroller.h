#pragma once

#include <QObject>

#include <functional>

class QAction;

namespace Byline::WidgetUi {

class Notices;
class Prompts;

// File ▸ Import Word Document…: a .docx from an editor (Word, LibreOffice, Byline's own) becomes
// an article, its tracked changes and comments suggestions and threads signed by their reviewers
// (Core::DocxReader), written beside the document or into the library with its images in a
// folder of their own, then opened. What could only be kept as text is said in the banner; a
// document that cannot be read writes nothing.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    // `libraryFolder` says where a new article goes by default; `open` opens the one written.
    ImportController(Prompts &prompts, Notices &notices, std::function<QString()> libraryFolder,
                     std::function<void(const QString &)> open, QObject *parent = nullptr);

    [[nodiscard]] QAction *action() const { return m_import; }

    void chooseImport();
    // Imports `document` as the article `target`; true when it was written and opened.
    bool importDocument(const QString &document, const QString &target);

private:
    Prompts &m_prompts;
    Notices &m_notices;
    std::function<QString()> m_libraryFolder;
    std::function<void(const QString &)> m_open;
    QAction *m_import;
};

} // namespace Byline::WidgetUi
