#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

// A real file system that fills up: a small tmpfs, mounted for the test alone. RLIMIT_FSIZE and
// simulated errors do not reproduce what a full disk does to buffered writes (FACTS.md, "QSaveFile
// on a full disk"); a tmpfs of a few hundred kilobytes does, in milliseconds.
//
// Mounting needs a mount namespace of the test's own: enterPrivateMounts() makes one at the start
// of main(), before any thread exists (as root directly, otherwise inside a user namespace where
// the test is root). Child processes the test starts (`byline export …`) share it. Where neither is
// allowed the tests skip with the reason, unless BYLINE_REQUIRE_FULL_DISK=1 (CI sets it), which
// turns the skip into a failure.
namespace FullDiskSupport {

inline QString &setupError()
{
    static QString error;
    return error;
}

inline bool writeText(const char *path, const QByteArray &text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::close(fd);
    return ok;
}

inline void enterPrivateMounts()
{
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    if (::geteuid() == 0) {
        if (::unshare(CLONE_NEWNS) != 0) {
            setupError() = QStringLiteral("unshare(CLONE_NEWNS): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
    } else {
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) {
            setupError() = QStringLiteral("unshare(CLONE_NEWUSER | CLONE_NEWNS): %1")
                               .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        writeText("/proc/self/setgroups", "deny");
        if (!writeText("/proc/self/uid_map", QByteArray("0 ") + QByteArray::number(uid) + " 1")
            || !writeText("/proc/self/gid_map", QByteArray("0 ") + QByteArray::number(gid) + " 1")) {
            setupError() = QStringLiteral("cannot map the user into its namespace");
            return;
        }
    }
    // Mounts made here must not reach the rest of the system.
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        setupError() = QStringLiteral("making / private: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace FullDiskSupport

class FullDisk final
{
public:
    explicit FullDisk(qint64 bytes = qint64(256) * 1024)
    {
        if (!FullDiskSupport::setupError().isEmpty()) {
            m_error = FullDiskSupport::setupError();
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0777";
        if (::mount("byline-test", QFile::encodeName(m_mountPoint.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData())
            != 0) {
            m_error = QStringLiteral("mount tmpfs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }

    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_mountPoint.path()).constData(), MNT_DETACH);
    }

    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    [[nodiscard]] bool isMounted() const { return m_mounted; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString path() const { return m_mountPoint.path(); }
    [[nodiscard]] QString filePath(const QString &name) const { return QDir(path()).filePath(name); }

    // Takes every free block, the way a disk fills up while the user types.
    void fill() const
    {
        QFile filler(filePath(QStringLiteral(".filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            qFatal("cannot create the filler file");
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) { }
        const QByteArray byte(1, 'x');
        while (filler.write(byte) == 1) { }
    }

    // Gives the space back.
    void makeRoom() const { QFile::remove(filePath(QStringLiteral(".filler"))); }

    // Remounts the file system read-only, as a disk with errors is; false when that is refused.
    bool makeReadOnly() const
    {
        return ::mount(nullptr, QFile::encodeName(path()).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
    QString m_error;
};

// Skips the test when no tmpfs can be mounted here, or fails when CI requires one.
#define REQUIRE_FULL_DISK(disk)                                                                                        \
    do {                                                                                                               \
        if (!(disk).isMounted()) {                                                                                     \
            if (qEnvironmentVariableIntValue("BYLINE_REQUIRE_FULL_DISK") == 1)                                         \
                QFAIL(qPrintable(QStringLiteral("no full disk to test on: %1").arg((disk).error())));                  \
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs here (%1)").arg((disk).error())));             \
        }                                                                                                              \
    } while (false)

// main() for a test that mounts full disks: the private mount namespace first, then the usual.
#define BYLINE_FULL_DISK_TEST_MAIN(Application, TestClass)                                                             \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        FullDiskSupport::enterPrivateMounts();                                                                         \
        Application app(argc, argv);                                                                                   \
        TestClass test;                                                                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
