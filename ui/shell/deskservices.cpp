#include "deskservices.h"

#include <safety/recoveryjournal.h>

#include <QStandardPaths>

namespace Byline::WidgetUi {

DeskServices::DeskServices()
    : m_journal(std::make_shared<Core::RecoveryJournal>(recoveryFolder()))
{ }

DeskServices::~DeskServices() = default;

QString DeskServices::recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

} // namespace Byline::WidgetUi
