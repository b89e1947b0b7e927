#include "htmlcontents.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Byline::Core::HtmlContents {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::HtmlContents)
};

// The entities cmark writes into text and attributes.
QString unescaped(QString html)
{
    html.replace(QLatin1String("&lt;"), QLatin1String("<"));
    html.replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html;
}

QString plainText(const QString &innerHtml)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return unescaped(QString(innerHtml).remove(tags)).simplified();
}

// "Why editors still print" → "why-editors-still-print"; letters of every script are kept.
QString slugOf(const QString &text, QSet<QString> &taken)
{
    QString slug;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            slug.append(c);
        else if ((c.isSpace() || c == QLatin1Char('-')) && !slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("section");
    QString unique = slug;
    for (int n = 2; taken.contains(unique); ++n)
        unique = slug + QLatin1Char('-') + QString::number(n);
    taken.insert(unique);
    return unique;
}

struct Entry
{
    int level;
    QString id;
    QString text;
};

// Two levels, `top` and the one below: the second level's headings as a list inside the item of the heading before
// them.
QString navOf(const QList<Entry> &entries, int top, const QString &caption)
{
    QString html
        = QStringLiteral("<nav class=\"toc\" aria-labelledby=\"toc-caption\">\n<h2 id=\"toc-caption\">%1</h2>\n"
                         "<ol>\n")
              .arg(caption.toHtmlEscaped());
    bool inner = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        const QString link = QStringLiteral("<a href=\"#%1\">%2</a>").arg(entry.id, entry.text.toHtmlEscaped());
        if (entry.level == top) {
            if (inner)
                html += QStringLiteral("</ol>\n");
            inner = false;
            if (i > 0)
                html += QStringLiteral("</li>\n");
            html += QStringLiteral("<li>") + link;
            continue;
        }
        if (!inner)
            html += (i == 0 ? QStringLiteral("<li>") : QString()) + QStringLiteral("\n<ol>\n");
        inner = true;
        html += QStringLiteral("<li>%1</li>\n").arg(link);
    }
    if (inner)
        html += QStringLiteral("</ol>\n");
    return html + QStringLiteral("</li>\n</ol>\n</nav>\n");
}

} // namespace

Contents tableOfContents(const QString &bodyHtml, const QString &caption)
{
    static const QRegularExpression headings(QStringLiteral("<h([1-6])>(.*?)</h\\1>"),
                                             QRegularExpression::DotMatchesEverythingOption);
    Contents contents;
    QList<Entry> entries;
    QSet<QString> taken {QStringLiteral("toc-caption")};
    qsizetype position = 0;
    for (auto match = headings.globalMatch(bodyHtml); match.hasNext();) {
        const QRegularExpressionMatch heading = match.next();
        const int level = heading.captured(1).toInt();
        const QString text = plainText(heading.captured(2));
        const QString id = slugOf(text, taken);
        contents.body += QStringView(bodyHtml).mid(position, heading.capturedStart() - position);
        contents.body += QStringLiteral("<h%1 id=\"%2\">%3</h%1>").arg(level).arg(id, heading.captured(2));
        position = heading.capturedEnd();
        entries.append({level, id, text});
    }
    contents.body += QStringView(bodyHtml).mid(position);
    int top = 6;
    for (const Entry &entry : entries)
        top = std::min(top, entry.level);
    entries.removeIf([top](const Entry &entry) { return entry.level > top + 1; });
    if (!entries.isEmpty())
        contents.nav = navOf(entries, top, caption);
    return contents;
}

QString embedImages(const QString &bodyHtml, const QString &baseFolder, QStringList *warnings)
{
    static const QRegularExpression images(QStringLiteral("<img src=\"([^\"]*)\""));
    const QUrl base = QUrl::fromLocalFile(QDir(baseFolder).absolutePath() + QLatin1Char('/'));
    const QMimeDatabase mimeTypes;
    QString out;
    qsizetype position = 0;
    for (auto match = images.globalMatch(bodyHtml); match.hasNext();) {
        const QRegularExpressionMatch image = match.next();
        const QString source = unescaped(image.captured(1));
        if (source.isEmpty()) // cmark's answer to an unsafe URL
            continue;
        const QUrl url = base.resolved(QUrl(source));
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            warnings->append(
                Text::tr("image %1 was not found or cannot be read; the page still refers to it").arg(source));
            continue;
        }
        if (file.size() > maxImageBytes) {
            warnings->append(Text::tr("image %1 is larger than %2 MB; the page refers to it instead of holding it")
                                 .arg(source)
                                 .arg(maxImageBytes / 1024 / 1024));
            continue;
        }
        const QByteArray bytes = file.readAll();
        const QString type = mimeTypes.mimeTypeForData(bytes).name();
        if (!type.startsWith(QLatin1String("image/"))) {
            warnings->append(Text::tr("%1 is not an image (%2); the page still refers to it").arg(source, type));
            continue;
        }
        out += QStringView(bodyHtml).mid(position, image.capturedStart(1) - position);
        out += QStringLiteral("data:%1;base64,%2").arg(type, QString::fromLatin1(bytes.toBase64()));
        position = image.capturedEnd(1);
    }
    out += QStringView(bodyHtml).mid(position);
    return out;
}

} // namespace Byline::Core::HtmlContents
