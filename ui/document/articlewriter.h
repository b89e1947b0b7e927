#pragma once

#include <article/articlefile.h>

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace Byline::WidgetUi {

// Writes an article's text to its file off the UI thread, through the safe save, one write
// after another in the order they were asked for (an autosave never overtakes a save). The
// result comes back on the caller's thread.
class ArticleWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleWriter)

public:
    explicit ArticleWriter(QObject *parent = nullptr);
    // Waits for writes under way: a save is finished, never cut off.
    ~ArticleWriter() override;

    using Written = std::function<void(const Core::SaveResult &result)>;
    void write(const QString &path, const QString &text, const Core::FileEncoding &encoding, Written then);
    [[nodiscard]] bool isWriting() const { return m_writing > 0; }

private:
    QThreadPool m_thread; // one thread, so writes keep their order
    int m_writing = 0;
};

} // namespace Byline::WidgetUi
