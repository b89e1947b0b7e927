// File ▸ Import Word Document…: a Word document (here one Byline wrote) becomes an article with its
// review, written where the user says and opened; a file that is no Word document writes nothing.
#include "scriptedprompts.h"

#include <export/exporter.h>
#include <ui/common/messagebar.h>
#include <ui/common/notices.h>
#include <ui/export/importcontroller.h>

#include <QAction>
#include <QFile>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::Core;
using namespace Byline::WidgetUi;

class ImportControllerTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScriptedPrompts m_prompts;
    QWidget m_host;
    MessageBar *m_bar = new MessageBar(&m_host);
    QStatusBar *m_status = new QStatusBar(&m_host);
    Notices m_notices {m_bar, m_status};
    QStringList m_opened;
    ImportController m_import {m_prompts, m_notices, [this] { return m_dir.path(); },
                               [this](const QString &path) { m_opened.append(path); }};

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aWordDocument_becomesAnArticleWithItsReview_andOpens()
    {
        const QString article = write(QStringLiteral("sent.md"),
                                      "---\ntitle: Sent\nauthor: Maya Okafor\n---\n\n# Sent\n\nThe council "
                                      "{~~voted~>approved~~}{>>@Ed Brooks 2026-11-20T10:05Z<<} the budget.\n");
        ExportOptions options;
        options.format = ExportOptions::Format::Docx;
        options.review = ReviewEdits::View::Markup;
        const QString docx
            = write(QStringLiteral("edited.docx"),
                    Exporter::produce(TextFormats::article(article, std::nullopt, options.review), options).bytes);
        QCOMPARE(m_import.action()->text(), QStringLiteral("&Import Word Document…"));
        const QString target = m_dir.filePath(QStringLiteral("edited.md"));
        m_prompts.answerText(docx);
        m_prompts.answerText(target);
        m_import.action()->trigger();
        QCOMPARE(m_opened, QStringList {target});
        QFile imported(target);
        QVERIFY(imported.open(QIODevice::ReadOnly));
        QVERIFY(imported.readAll().contains("The council {~~voted~>approved~~}{>>@Ed Brooks 2026-11-20T10:05Z<<}"));
        QCOMPARE(m_bar->level(), MessageBar::Level::Info);
        QVERIFY(m_bar->text().contains(QStringLiteral("Imported edited.docx as edited.md.")));
    }

    void aFileThatIsNoWordDocument_writesNothing()
    {
        m_opened.clear();
        const QString fake = write(QStringLiteral("letter.docx"), "Dear editor, here is my column.");
        const QString target = m_dir.filePath(QStringLiteral("letter.md"));
        QVERIFY(!m_import.importDocument(fake, target));
        QVERIFY(!QFile::exists(target));
        QVERIFY(m_opened.isEmpty());
        QCOMPARE(m_bar->level(), MessageBar::Level::Error);
        QVERIFY(m_bar->text().contains(QStringLiteral("not a ZIP package")));
        QVERIFY(m_bar->text().contains(QStringLiteral("Nothing was written")));
    }
};

QTEST_MAIN(ImportControllerTest)
#include "importcontroller_test.moc"
