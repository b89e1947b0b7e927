#include "remotesession.h"

#include "credentialstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Byline::Core {

namespace {

RemoteSession *sessionOf(void *payload)
{
    return static_cast<RemoteSession *>(payload);
}

QString sshFolder()
{
    return QDir(QDir::homePath()).filePath(QStringLiteral(".ssh"));
}

// Whether a private key file needs a passphrase: PEM keys say ENCRYPTED; OpenSSH keys name
// their cipher ("none" when clear) right after the magic at the start of the decoded block.
bool needsPassphrase(const QString &keyFile)
{
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.read(64 * 1024);
    if (text.contains("ENCRYPTED"))
        return true;
    const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    const qsizetype start = text.indexOf(begin);
    if (start < 0)
        return false;
    const qsizetype end = text.indexOf("-----END", start);
    const QByteArray decoded = QByteArray::fromBase64(
        text.mid(start + begin.size(), end - start - begin.size()).simplified().replace(' ', ""));
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!decoded.startsWith(magic) || decoded.size() < magic.size() + 4)
        return false;
    const auto *length = reinterpret_cast<const uchar *>(decoded.constData() + magic.size());
    const quint32 size
        = (quint32(length[0]) << 24) | (quint32(length[1]) << 16) | (quint32(length[2]) << 8) | length[3];
    return decoded.mid(magic.size() + 4, size) != "none";
}

QString keyTypeName(git_cert_ssh_raw_type_t type)
{
    switch (type) {
    case GIT_CERT_SSH_RAW_TYPE_RSA:
        return QStringLiteral("ssh-rsa");
    case GIT_CERT_SSH_RAW_TYPE_DSS:
        return QStringLiteral("ssh-dss");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_256:
        return QStringLiteral("ecdsa-sha2-nistp256");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_384:
        return QStringLiteral("ecdsa-sha2-nistp384");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_521:
        return QStringLiteral("ecdsa-sha2-nistp521");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ED25519:
        return QStringLiteral("ssh-ed25519");
    case GIT_CERT_SSH_RAW_TYPE_UNKNOWN:
        break;
    }
    return {};
}

} // namespace

RemoteSession::RemoteSession(const QString &url, const SyncControl &control, SyncProgress::Step step)
    : m_url(QUrl::fromUserInput(url))
    , m_displayUrl(url)
    , m_control(control)
    , m_step(step)
{
    // scp-like addresses (user@host:path) are SSH
    if (!url.contains(QLatin1String("://")) && url.contains(QLatin1Char(':')) && !QFileInfo::exists(url)) {
        const QString userHost = url.section(QLatin1Char(':'), 0, 0);
        m_url = QUrl(QStringLiteral("ssh://%1/%2").arg(userHost, url.section(QLatin1Char(':'), 1)));
    }
}

git_remote_callbacks RemoteSession::callbacks()
{
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.credentials = &RemoteSession::credentials;
    callbacks.certificate_check = &RemoteSession::certificateCheck;
    callbacks.transfer_progress = &RemoteSession::transferProgress;
    callbacks.push_transfer_progress = &RemoteSession::pushProgress;
    callbacks.push_update_reference = &RemoteSession::pushUpdate;
    callbacks.payload = this;
    return callbacks;
}

int RemoteSession::credentials(git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowed,
                               void *payload)
{
    RemoteSession *session = sessionOf(payload);
    Q_UNUSED(url)
    if (session->cancelled())
        return GIT_EUSER;
    const QString username = Git::fromUtf8(usernameFromUrl);
    if (allowed & GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, username.isEmpty() ? "git" : usernameFromUrl);
    if (allowed & GIT_CREDENTIAL_SSH_KEY)
        return session->sshCredential(out, username.isEmpty() ? QStringLiteral("git") : username);
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT)
        return session->loginCredential(out, username);
    if (allowed & GIT_CREDENTIAL_DEFAULT)
        return git_credential_default_new(out);
    session->m_authFailure = tr("%1 asks for a kind of login Byline does not offer.").arg(session->m_displayUrl);
    return GIT_EUSER;
}

int RemoteSession::sshCredential(git_credential **out, const QString &username)
{
    // The agent first, then the usual key files, each once.
    QStringList keys;
    if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        keys.append(QString());
    for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString key = QDir(sshFolder()).filePath(QLatin1String(name));
        if (QFileInfo::exists(key))
            keys.append(key);
    }
    const QByteArray user = username.toUtf8();
    while (m_sshAttempts < keys.size()) {
        const QString key = keys.at(m_sshAttempts++);
        if (key.isEmpty())
            return git_credential_ssh_key_from_agent(out, user.constData());
        QString passphrase;
        if (needsPassphrase(key)) {
            const std::optional<QString> asked
                = m_control.prompts ? m_control.prompts->askPassphrase(key) : std::nullopt;
            if (!asked)
                continue;
            passphrase = *asked;
        }
        const QByteArray privateKey = QFile::encodeName(key);
        const QByteArray publicKey = QFile::encodeName(key + QStringLiteral(".pub"));
        return git_credential_ssh_key_new(
            out, user.constData(), QFileInfo::exists(key + QStringLiteral(".pub")) ? publicKey.constData() : nullptr,
            privateKey.constData(), passphrase.toUtf8().constData());
    }
    m_authFailure = keys.isEmpty()
        ? tr("%1 asks for an SSH key, and there is none: no ssh-agent is running and ~/.ssh holds no id_ed25519, "
             "id_ecdsa or id_rsa. Make a key with ssh-keygen and give its .pub file to the server.")
              .arg(m_displayUrl)
        : tr("%1 refused every SSH key offered (%2). Check that the server has your public key.")
              .arg(m_displayUrl,
                   keys.contains(QString()) ? tr("the agent's and %n key files", nullptr, int(keys.size() - 1))
                                            : tr("%n key files", nullptr, int(keys.size())));
    return GIT_EUSER;
}

int RemoteSession::loginCredential(git_credential **out, const QString &username)
{
    if (++m_attempts > maxAttempts) {
        m_authFailure = tr("%1 refused the login %n times. Check the user name and password (or token), "
                           "then sync again.",
                           nullptr, maxAttempts)
                            .arg(m_displayUrl);
        return GIT_EUSER;
    }
    std::optional<SharingPrompts::Login> login;
    if (m_login) // the last one was refused
        CredentialStore::forget(m_url, *m_login);
    else if (m_known)
        login = m_known;
    else
        login = CredentialStore::find(m_url);
    if (!login) {
        if (!m_control.prompts) {
            m_authFailure = tr("%1 asks for a login, and none is kept for it. Set up a git credential helper "
                               "(git config --global credential.helper), or sync once from the window, which asks.")
                                .arg(m_displayUrl);
            return GIT_EUSER;
        }
        login = m_control.prompts->askLogin(m_displayUrl, username, m_login ? tr("The login was refused.") : QString());
        m_loginAsked = true;
        if (!login) {
            m_authFailure = tr("No login given for %1.").arg(m_displayUrl);
            return GIT_EUSER;
        }
    }
    m_login = login;
    return git_credential_userpass_plaintext_new(out, login->username.toUtf8().constData(),
                                                 login->password.toUtf8().constData());
}

int RemoteSession::certificateCheck(git_cert *certificate, int valid, const char *host, void *payload)
{
    RemoteSession *session = sessionOf(payload);
    if (valid)
        return 0;
    if (certificate->cert_type == GIT_CERT_HOSTKEY_LIBSSH2)
        return session->trustUnknownHost(certificate, Git::fromUtf8(host));
    session->m_hostKeyFailure = tr("The HTTPS certificate of %1 is not valid for it, so Byline did not send anything. "
                                   "Ask whoever runs the server, or check the address.")
                                    .arg(Git::fromUtf8(host));
    return GIT_EUSER;
}

int RemoteSession::trustUnknownHost(git_cert *certificate, const QString &host)
{
    const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(certificate);
    QString fingerprint;
    if (hostKey->type & GIT_CERT_SSH_SHA256)
        fingerprint = QStringLiteral("SHA256:")
            + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hostKey->hash_sha256), 32)
                                      .toBase64(QByteArray::OmitTrailingEquals));
    const QString type = (hostKey->type & GIT_CERT_SSH_RAW) ? keyTypeName(hostKey->raw_type) : QString();
    if (!m_control.prompts || !m_control.prompts->trustHostKey(host, type, fingerprint)) {
        m_hostKeyFailure = tr("The server %1 is not among your known SSH hosts (its key: %2 %3). Nothing was sent. "
                              "If you trust it, connect once with ssh, or sync from the window, which asks.")
                               .arg(host, type, fingerprint);
        return GIT_EUSER;
    }
    // Trusted: remember it as ssh does, so the next sync (and ssh itself) knows the host.
    if ((hostKey->type & GIT_CERT_SSH_RAW) && !type.isEmpty()) {
        const QString name
            = m_url.port() > 0 && m_url.port() != 22 ? QStringLiteral("[%1]:%2").arg(host).arg(m_url.port()) : host;
        QDir().mkpath(sshFolder());
        QFile knownHosts(QDir(sshFolder()).filePath(QStringLiteral("known_hosts")));
        if (knownHosts.open(QIODevice::Append))
            knownHosts.write(name.toUtf8() + ' ' + type.toUtf8() + ' '
                             + QByteArray(hostKey->hostkey, qsizetype(hostKey->hostkey_len)).toBase64() + '\n');
    }
    return 0;
}

int RemoteSession::transferProgress(const git_indexer_progress *stats, void *payload)
{
    RemoteSession *session = sessionOf(payload);
    if (session->cancelled())
        return GIT_EUSER;
    session->m_control.report({session->m_step, qint64(stats->received_objects), qint64(stats->total_objects)});
    return 0;
}

int RemoteSession::pushProgress(unsigned int current, unsigned int total, size_t bytes, void *payload)
{
    Q_UNUSED(bytes)
    RemoteSession *session = sessionOf(payload);
    if (session->cancelled())
        return GIT_EUSER;
    session->m_control.report({SyncProgress::Step::Pushing, qint64(current), qint64(total)});
    return 0;
}

int RemoteSession::pushUpdate(const char *reference, const char *status, void *payload)
{
    if (status)
        sessionOf(payload)->m_rejected.append(Git::fromUtf8(reference) + QStringLiteral(": ") + Git::fromUtf8(status));
    return 0;
}

void RemoteSession::finish(bool succeeded)
{
    if (!m_login)
        return;
    if (succeeded && m_loginAsked)
        CredentialStore::keep(m_url, *m_login);
    else if (!succeeded && m_authFailure.isEmpty() && Git::lastErrorClass() == GIT_ERROR_HTTP)
        CredentialStore::forget(m_url, *m_login);
}

bool RemoteSession::unreachable(int code) const
{
    if (code == GIT_EUSER || cancelled() || !m_authFailure.isEmpty() || !m_hostKeyFailure.isEmpty())
        return false;
    const int kind = Git::lastErrorClass();
    return kind == GIT_ERROR_NET || kind == GIT_ERROR_OS || kind == GIT_ERROR_SSH || kind == GIT_ERROR_HTTP
        || kind == GIT_ERROR_SSL;
}

QString RemoteSession::failure(int code) const
{
    if (cancelled())
        return tr("Cancelled. Nothing was lost: what was not sent goes out with the next sync.");
    if (!m_hostKeyFailure.isEmpty())
        return m_hostKeyFailure;
    if (!m_authFailure.isEmpty())
        return m_authFailure;
    if (unreachable(code))
        return tr("Could not reach %1 (%2). Your changes are kept here and go out with the next sync.")
            .arg(m_displayUrl, Git::lastError(tr("no answer")));
    return tr("%1: %2").arg(m_displayUrl, Git::lastError(tr("the remote failed")));
}

} // namespace Byline::Core
