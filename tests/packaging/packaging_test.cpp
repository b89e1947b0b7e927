#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <yaml-cpp/yaml.h>

namespace {

const QString sourceDir = QStringLiteral(BYLINE_SOURCE_DIR);
const QString appId = QStringLiteral(BYLINE_APP_ID);

QString text(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// "[group] key" → value of a desktop entry file.
QHash<QString, QString> desktopEntries(const QString &path)
{
    QHash<QString, QString> entries;
    QString group;
    for (const QString &line : text(path).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('[')))
            group = line;
        else if (const qsizetype equals = line.indexOf(QLatin1Char('=')); equals > 0)
            entries.insert(group + QLatin1Char(' ') + line.left(equals), line.mid(equals + 1));
    }
    return entries;
}

// The text of every element of the metainfo, by name, in order.
QMultiHash<QString, QString> metainfo(QHash<QString, QString> *attributes)
{
    QMultiHash<QString, QString> elements;
    QFile file(QStringLiteral(BYLINE_METAINFO));
    if (!file.open(QIODevice::ReadOnly))
        return elements;
    QXmlStreamReader reader(&file);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        for (const QXmlStreamAttribute &attribute : reader.attributes())
            attributes->insert(name + QLatin1Char('@') + attribute.name().toString(), attribute.value().toString());
        if (name == QLatin1String("image") || name == QLatin1String("id") || name == QLatin1String("launchable")
            || name == QLatin1String("binary"))
            elements.insert(name, reader.readElementText());
    }
    return elements;
}

QString string(const YAML::Node &node)
{
    return QString::fromStdString(node.as<std::string>());
}

} // namespace

class PackagingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopFile_opensMarkdownWithTheInstalledBinary();
    void metainfo_namesThisAppItsVersionAndRealScreenshots();
    void flatpak_buildsThisTreeWithPinnedSources();
};

void PackagingTest::desktopFile_opensMarkdownWithTheInstalledBinary()
{
    const auto entries = desktopEntries(sourceDir + QStringLiteral("/packaging/%1.desktop").arg(appId));
    const QString main = QStringLiteral("[Desktop Entry] ");
    QCOMPARE(entries.value(main + QStringLiteral("Icon")), appId);
    QVERIFY(QFile::exists(sourceDir + QStringLiteral("/resources/icons/%1.svg").arg(appId)));
    QCOMPARE(entries.value(main + QStringLiteral("Exec")), QStringLiteral("%1 %F").arg(BYLINE_EXECUTABLE_NAME));
    const QStringList types
        = entries.value(main + QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QCOMPARE(types, (QStringList {QStringLiteral("text/markdown"), QStringLiteral("text/x-markdown")}));
    QVERIFY(entries.value(main + QStringLiteral("Categories")).startsWith(QLatin1String("Office;TextEditor;")));
    // Each action runs an option of the window that `byline --help` documents.
    const QStringList actions
        = entries.value(main + QStringLiteral("Actions")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QCOMPARE(actions, (QStringList {QStringLiteral("new-article"), QStringLiteral("open-library")}));
    QCOMPARE(entries.value(QStringLiteral("[Desktop Action new-article] Exec")), QStringLiteral("byline --new"));
    QCOMPARE(entries.value(QStringLiteral("[Desktop Action open-library] Exec")),
             QStringLiteral("byline --open-library"));
}

void PackagingTest::metainfo_namesThisAppItsVersionAndRealScreenshots()
{
    QHash<QString, QString> attributes;
    const auto elements = metainfo(&attributes);
    QCOMPARE(elements.value(QStringLiteral("id")), appId);
    QCOMPARE(elements.value(QStringLiteral("launchable")), appId + QStringLiteral(".desktop"));
    QCOMPARE(elements.value(QStringLiteral("binary")), QStringLiteral(BYLINE_EXECUTABLE_NAME));
    QCOMPARE(attributes.value(QStringLiteral("release@version")), QStringLiteral(BYLINE_VERSION));
    QVERIFY(attributes.value(QStringLiteral("content_rating@type")).startsWith(QLatin1String("oars-")));
    // Every screenshot it announces is a picture of the app kept in packaging/screenshots.
    const QStringList images = elements.values(QStringLiteral("image"));
    QVERIFY(images.size() >= 2);
    for (const QString &url : images) {
        const QString file = sourceDir + QStringLiteral("/packaging/screenshots/") + url.section(QLatin1Char('/'), -1);
        QVERIFY2(QFileInfo(file).size() > 10000, qPrintable(file));
    }
}

void PackagingTest::flatpak_buildsThisTreeWithPinnedSources()
{
    const QString path = sourceDir + QStringLiteral("/packaging/flatpak/%1.yml").arg(appId);
    YAML::Node manifest;
    try {
        manifest = YAML::LoadFile(path.toStdString());
    } catch (const YAML::Exception &error) {
        QFAIL(error.what());
    }
    QCOMPARE(string(manifest["id"]), appId);
    QCOMPARE(string(manifest["runtime"]), QStringLiteral("org.kde.Platform"));
    QCOMPARE(string(manifest["sdk"]), QStringLiteral("org.kde.Sdk"));
    QVERIFY(string(manifest["runtime-version"]).startsWith(QLatin1String("6.")));
    QCOMPARE(string(manifest["command"]), QStringLiteral(BYLINE_EXECUTABLE_NAME));
    QStringList finishArgs;
    for (const auto &argument : manifest["finish-args"])
        finishArgs.append(string(argument));
    QCOMPARE(finishArgs,
             (QStringList {QStringLiteral("--socket=wayland"), QStringLiteral("--socket=fallback-x11"),
                           QStringLiteral("--share=ipc"), QStringLiteral("--filesystem=xdg-documents")}));

    static const QRegularExpression commit(QStringLiteral("^[0-9a-f]{40}$"));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    QStringList names;
    for (const auto &module : manifest["modules"]) {
        names.append(string(module["name"]));
        QCOMPARE(string(module["buildsystem"]), QStringLiteral("cmake-ninja"));
        for (const auto &source : module["sources"]) {
            const QString type = string(source["type"]);
            if (type == QLatin1String("git")) // pinned: a tag and the commit it must be
                QVERIFY2(commit.match(string(source["commit"])).hasMatch() && source["tag"], qPrintable(names.last()));
            else if (type == QLatin1String("archive"))
                QVERIFY2(sha256.match(string(source["sha256"])).hasMatch(), qPrintable(names.last()));
        }
    }
    QCOMPARE(names,
             (QStringList {QStringLiteral("cmark"), QStringLiteral("yaml-cpp"), QStringLiteral("tomlplusplus"),
                           QStringLiteral("byline")}));
    const YAML::Node cmark = manifest["modules"][0]["sources"][0];
    QCOMPARE(string(cmark["url"]), QStringLiteral("https://github.com/commonmark/cmark.git"));
    QCOMPARE(string(cmark["tag"]), QStringLiteral("0.31.2"));
    QCOMPARE(string(cmark["commit"]), QStringLiteral("eec0eeba6d31189fd828314576494566d539b1e3"));

    // The app itself: this source tree, without the tests (their tools are not in the SDK).
    const YAML::Node byline = manifest["modules"][3];
    QCOMPARE(string(byline["sources"][0]["type"]), QStringLiteral("dir"));
    const QString tree = QDir(QFileInfo(path).path()).absoluteFilePath(string(byline["sources"][0]["path"]));
    QCOMPARE(QDir(tree).canonicalPath(), QDir(sourceDir).canonicalPath());
    QStringList options;
    for (const auto &option : byline["config-opts"])
        options.append(string(option));
    QVERIFY(options.contains(QStringLiteral("-DBYLINE_BUILD_TESTS=OFF")));
}

QTEST_GUILESS_MAIN(PackagingTest)
#include "packaging_test.moc"
