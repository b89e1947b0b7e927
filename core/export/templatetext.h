#pragma once

#include <QHash>
#include <QString>

namespace Byline::Core {

// Fills `{{name}}` placeholders in one pass, so a value that happens to contain `{{…}}`
// (an author's title, say) is never expanded again.
class TemplateText final
{
public:
    [[nodiscard]] static QString fill(const QString &text, const QHash<QString, QString> &values);
};

} // namespace Byline::Core
