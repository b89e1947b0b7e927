#pragma once

#include "syncprogress.h"

#include <QUrl>

namespace Byline::Core {

// Where HTTPS logins are found and kept, never in Byline's own settings: git's credential
// helpers (`git credential fill|approve|reject`, so whatever the user set up for git — a
// keyring helper, a cache, a store — serves Byline too), then the desktop keyring (the Secret
// Service, through `secret-tool`) when one is running. Each step is skipped when its program is
// missing; none ever prompts at a terminal.
class CredentialStore final
{
public:
    // A login kept for `url`; nothing when none is.
    [[nodiscard]] static std::optional<SharingPrompts::Login> find(const QUrl &url);
    // The login worked: keep it where logins are kept (git's helpers when the user configured
    // one, else the keyring). False when there is nowhere to keep it.
    static bool keep(const QUrl &url, const SharingPrompts::Login &login);
    // The login was refused: forget it, so the next attempt asks again.
    static void forget(const QUrl &url, const SharingPrompts::Login &login);

private:
    [[nodiscard]] static QByteArray describe(const QUrl &url, const SharingPrompts::Login *login);
};

} // namespace Byline::Core
