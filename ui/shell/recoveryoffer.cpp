#include "recoveryoffer.h"

#include "deskservices.h"
#include "mainwindow.h"

#include <safety/recoveryjournal.h>
#include <ui/common/prompts.h>
#include <ui/document/articlesession.h>
#include <ui/document/documentcontroller.h>

#include <QFileInfo>
#include <QLocale>

namespace Byline::WidgetUi {

void offerRecovery(MainWindow &window)
{
    const QList<Core::RecoveryJournal::Entry> entries
        = Core::RecoveryJournal::orphanedEntries(DeskServices::recoveryFolder());
    MainWindow *target = &window;
    for (const Core::RecoveryJournal::Entry &entry : entries) {
        const QString name
            = entry.path.isEmpty() ? MainWindow::tr("An untitled document") : QFileInfo(entry.path).fileName();
        const QString answer = window.parts().prompts->ask(
            {Prompts::Tone::Question,
             MainWindow::tr("Recover unsaved text?"),
             MainWindow::tr("Byline did not close properly. %1 had changes that were not saved (last journalled %2).")
                 .arg(name, QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat)),
             MainWindow::tr("Restore opens the text with those changes; the file on disk is not touched until you "
                            "save. Discard forgets them. Later asks again next time."),
             {},
             {{QStringLiteral("restore"), MainWindow::tr("&Restore"), Prompts::Role::Accept},
              {QStringLiteral("discard"), MainWindow::tr("&Discard"), Prompts::Role::Destructive},
              {QStringLiteral("later"), MainWindow::tr("&Later"), Prompts::Role::Reject}},
             QStringLiteral("restore")});
        if (answer == QLatin1String("discard")) {
            Core::RecoveryJournal::discard(entry);
        } else if (answer == QLatin1String("restore")) {
            if (target->parts().session->isModified()) {
                // One article a window, and this one is taken.
                target = new MainWindow(window.services(), window.parts().prompts);
                target->setAttribute(Qt::WA_DeleteOnClose);
                target->show();
            }
            target->parts().document->restore(entry);
        }
    }
}

} // namespace Byline::WidgetUi
