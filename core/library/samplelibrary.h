#pragma once

#include <QStringList>

namespace Byline::Core {

// The sample library built into the program: a few columns in different states of the
// workflow, so a first start has something real to open. It is copied into the default library
// (`Byline` in the user's documents folder) once, because a library is a folder of files the
// user may edit.
class SampleLibrary final
{
public:
    // The library folder; when it does not exist yet it is created with the samples. Empty with
    // `error` set when it cannot be written.
    [[nodiscard]] static QString ensureInstalled(QString *error = nullptr);
    [[nodiscard]] static QString ensureInstalled(const QString &folder, QString *error);
    [[nodiscard]] static QString defaultFolder();
    [[nodiscard]] static QStringList sampleNames();
};

} // namespace Byline::Core
