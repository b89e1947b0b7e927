#include "comparecontroller.h"

#include "comparewindow.h"

#include <article/article.h>
#include <ui/common/notices.h>
#include <ui/common/prompts.h>
#include <ui/common/settingsstore.h>
#include <ui/document/articlesession.h>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <review/diffsuggestions.h>
#include <review/reviewedits.h>

namespace Byline::WidgetUi {

namespace {

// The suggestions as one edit of the current text: only the stretch between what the two share
// at the start and at the end, so the editor keeps its place and lays out only what changed.
TextEdit changedStretch(const QString &current, const QString &suggested)
{
    const qsizetype shortest = std::min(current.size(), suggested.size());
    qsizetype prefix = 0;
    while (prefix < shortest && current.at(prefix) == suggested.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shortest - prefix
           && current.at(current.size() - 1 - suffix) == suggested.at(suggested.size() - 1 - suffix))
        ++suffix;
    return {int(prefix), int(current.size() - suffix), suggested.sliced(prefix, suggested.size() - suffix - prefix)};
}

QString authorOf(const QString &text)
{
    // The front matter alone: reading a whole manuscript for one name would stall the window.
    const QString head = text.first(Core::DiffSuggestions::bodyStart(text));
    const QStringList authors = Core::Article::fromText(head).metadata().authors;
    return authors.isEmpty() ? QString() : authors.constFirst();
}

} // namespace

CompareController::CompareController(ArticleSession &session, Notices &notices, Prompts &prompts,
                                     SettingsStore &settings, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_notices(notices)
    , m_prompts(prompts)
    , m_settings(settings)
    , m_parent(window)
    , m_compareWith(new QAction(tr("Com&pare With…"), this))
    , m_compareFiles(new QAction(tr("Compare &Two Files…"), this))
    , m_suggestFromFile(new QAction(tr("Compare as S&uggestions…"), this))
{
    m_compareWith->setObjectName(QStringLiteral("compareWith"));
    m_compareWith->setShortcut(QKeySequence(tr("Ctrl+Shift+D"))); // D for difference
    m_compareWith->setToolTip(tr("Compare the current text with another file, word by word"));
    m_compareFiles->setObjectName(QStringLiteral("compareTwoFiles"));
    m_suggestFromFile->setObjectName(QStringLiteral("compareAsSuggestions"));
    m_suggestFromFile->setToolTip(tr("Turn the changes in an edited copy into suggestions in the current text"));
    connect(m_compareWith, &QAction::triggered, this, [this] {
        if (const QString path = askFile(tr("Compare With")); !path.isEmpty())
            compareFileWithCurrent(path);
    });
    connect(m_compareFiles, &QAction::triggered, this, [this] {
        const QString before = askFile(tr("Compare Two Files: the Older Version"));
        const QString after = before.isEmpty() ? QString() : askFile(tr("Compare Two Files: the Newer Version"));
        if (!after.isEmpty())
            compareFiles(before, after);
    });
    connect(m_suggestFromFile, &QAction::triggered, this, [this] {
        if (const QString path = askFile(tr("Compare as Suggestions")); !path.isEmpty())
            suggestFromFile(path);
    });
    m_reading.setObjectName(QStringLiteral("compareReading"));
    m_suggesting.setObjectName(QStringLiteral("compareSuggesting"));
    connect(&m_reading, &QFutureWatcher<QList<VersionText>>::finished, this, [this] {
        const std::function<void(const QList<VersionText> &)> then = std::exchange(m_thenRead, {});
        if (!then || m_reading.future().resultCount() == 0)
            return;
        const QList<VersionText> read = m_reading.result();
        for (const VersionText &version : read) {
            if (!version.error.isEmpty()) {
                m_prompts.tell(Prompts::Tone::Warning, tr("Compare"), version.error);
                return;
            }
        }
        then(read);
    });
    connect(&m_suggesting, &QFutureWatcher<Made>::finished, this, &CompareController::takeSuggestions);
    // The revision store's versions are the open article's; another article has others.
    connect(&m_session, &ArticleSession::aboutToLoad, this, [this] { setVersions({}); });
    const auto updateEnabled = [this] { m_suggestFromFile->setEnabled(m_session.isEditable()); };
    connect(&m_session, &ArticleSession::stateChanged, this, updateEnabled);
    updateEnabled();
}

CompareController::~CompareController()
{
    m_reading.waitForFinished();
    m_suggesting.waitForFinished();
}

QString CompareController::askFile(const QString &title) const
{
    const QString folder = m_session.isUntitled() ? QDir::homePath() : QFileInfo(m_session.path()).path();
    return m_prompts.askFile({Prompts::FileRequest::Mode::Open, title, folder,
                              tr("Articles and Word documents (*.md *.markdown *.txt *.docx);;All files (*)")});
}

CompareWindow &CompareController::openWindow()
{
    if (!m_window) {
        m_window = new CompareWindow(m_session, m_notices, m_parent);
        m_window->setVersions(m_versions);
        connect(m_window, &CompareWindow::suggestionsAsked, this, [this] { suggest(m_window->otherSide()); });
        connect(m_window, &CompareWindow::fileAsked, this, [this] {
            if (const QString path = askFile(tr("Compare With")); !path.isEmpty())
                read({path}, [this, label = QFileInfo(path).fileName()](const QList<VersionText> &read) {
                    m_window->replaceOther({label, read.constFirst().text});
                });
        });
        const auto applySettings
            = [this](const Settings &chosen) { m_window->setTextFont(chosen.editorFont, chosen.columnWidth); };
        applySettings(m_settings.settings());
        connect(&m_settings, &SettingsStore::changed, m_window, applySettings);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return *m_window;
}

void CompareController::compareWithCurrent(const CompareSide &other)
{
    openWindow().compareWithCurrent(other);
}

void CompareController::compare(const CompareSide &before, const CompareSide &after)
{
    openWindow().compare(before, after);
}

void CompareController::setVersions(const QList<CompareVersion> &versions)
{
    m_versions = versions;
    if (m_window)
        m_window->setVersions(versions);
}

void CompareController::read(const QStringList &paths, std::function<void(const QList<VersionText> &)> then)
{
    m_thenRead = std::move(then);
    // A Word document compared with the article takes the article's front matter over its body.
    const QString text = m_session.text();
    const QString frontMatter = text.left(Core::DiffSuggestions::bodyStart(text));
    m_reading.setFuture(QtConcurrent::run([paths, frontMatter] {
        QList<VersionText> read;
        for (const QString &path : paths)
            read.append(readVersionFile(path, frontMatter));
        return read;
    }));
}

void CompareController::compareFileWithCurrent(const QString &path)
{
    read({path}, [this, label = QFileInfo(path).fileName()](const QList<VersionText> &read) {
        compareWithCurrent({label, read.constFirst().text});
    });
}

void CompareController::compareFiles(const QString &before, const QString &after)
{
    read({before, after},
         [this, old = QFileInfo(before).fileName(),
          current = QFileInfo(after).fileName()](const QList<VersionText> &read) {
             compare({old, read.at(0).text}, {current, read.at(1).text});
         });
}

void CompareController::suggestFromFile(const QString &path)
{
    read({path}, [this, label = QFileInfo(path).fileName()](const QList<VersionText> &read) {
        suggest({label, read.constFirst().text});
    });
}

QString CompareController::defaultReviewer(const QString &otherText) const
{
    // Whoever signs the other copy when it is not the article's own author (an editor's name in
    // its front matter); else you.
    QString theirs = authorOf(otherText);
    if (!theirs.isEmpty() && theirs != authorOf(m_session.text()))
        return theirs;
    return m_settings.settings().yourName();
}

bool CompareController::suggest(const CompareSide &other)
{
    if (!m_session.isEditable() || m_session.isLoading() || m_suggesting.isRunning())
        return false;
    const std::optional<QString> typed = m_prompts.askText(
        {tr("Compare as Suggestions"),
         tr("The changes in “%1” become suggestions in the current text, signed by the &reviewer:").arg(other.label),
         defaultReviewer(other.text), tr("Suggest")});
    const QString reviewer = typed ? Core::ReviewEdits::cleanReviewerName(typed->trimmed()) : QString();
    if (reviewer.isEmpty())
        return false;
    const QString current = m_session.text();
    const Core::Attribution by {reviewer, QDateTime::currentDateTimeUtc()};
    m_asked = {other.label, reviewer, current};
    m_suggesting.setFuture(QtConcurrent::run([current, otherText = other.text, by] {
        Made made {Core::DiffSuggestions::make(current, otherText, by), {}};
        if (made.result.ok())
            made.edit = changedStretch(current, made.result.text);
        return made;
    }));
    m_notices.showStatus(tr("Making suggestions from “%1”…").arg(other.label));
    return true;
}

void CompareController::takeSuggestions()
{
    const auto [label, reviewer, current] = std::exchange(m_asked, {});
    if (m_suggesting.future().resultCount() == 0)
        return;
    const Made made = m_suggesting.result();
    if (!made.result.ok()) {
        m_prompts.tell(Prompts::Tone::Warning, tr("Compare as Suggestions"),
                       tr("The changes in “%1” could not be made suggestions: %2 The text is unchanged.")
                           .arg(label, made.result.error));
        Q_EMIT suggestionsMade(0);
        return;
    }
    if (m_session.text() != current) {
        m_notices.showStatus(tr("The text changed while the suggestions were made; nothing was changed. Try again."));
        Q_EMIT suggestionsMade(0);
        return;
    }
    if (made.result.suggestions == 0) {
        m_notices.showStatus(tr("“%1” has the same words as the current text: no suggestions").arg(label));
        Q_EMIT suggestionsMade(0);
        return;
    }
    if (!m_session.apply({made.edit}, EditOrigin::Review)) {
        m_notices.showStatus(tr("The text cannot be changed now; no suggestions were made."));
        Q_EMIT suggestionsMade(0);
        return;
    }
    const int count = int(made.result.suggestions);
    m_notices.showStatus(tr("%n suggestions by %1 from “%2”: accept or reject each in the review panel", nullptr, count)
                             .arg(reviewer, label));
    if (made.result.frontMatterChanged)
        m_notices.banner(tr("“%1” has other front matter, and suggestions cannot stand in front matter, so the "
                            "front matter is now “%1”'s. Edit ▸ Undo (Ctrl+Z) takes the suggestions back and "
                            "brings yours back.")
                             .arg(label),
                         MessageBar::Level::Warning);
    // The difference is review now, walked in the panel beside the text: a comparison with the
    // marked-up text would only show the marks.
    if (m_window && m_window->hasCurrentSide())
        m_window->close();
    Q_EMIT reviewWanted();
    Q_EMIT suggestionsMade(count);
}

} // namespace Byline::WidgetUi
