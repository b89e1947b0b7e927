#pragma once

#include <QString>

namespace Byline::Core {

// The sample library built into the program: a few columns in different states of the
// workflow, so a first start has something real to open. It is copied to the user's data
// folder once, because a library is a folder of files the user may edit.
class SampleLibrary final
{
public:
    // The folder holding the samples, copying any that are missing. Empty with `error` set
    // when the folder cannot be written.
    [[nodiscard]] static QString ensureInstalled(QString *error = nullptr);
    [[nodiscard]] static QString defaultFolder();
};

} // namespace Byline::Core
