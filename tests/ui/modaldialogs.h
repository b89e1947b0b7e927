#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QTimer>

// Answers the next modal dialog the code under test opens (a message box, an input dialog):
// presses the button whose text, without its mnemonic, is `button`, or rejects the dialog when
// `button` is empty. Records the dialog's text in `seen` when given.
inline void answerNextDialog(const QString &button, QString *seen = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, seen] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        if (seen) {
            QStringList texts;
            for (const QObject *child : dialog->findChildren<QObject *>())
                if (const QVariant text = child->property("text"); text.isValid() && !text.toString().isEmpty())
                    texts.append(text.toString());
            *seen = texts.join(QLatin1Char('\n'));
        }
        if (!button.isEmpty()) {
            for (QAbstractButton *candidate : dialog->findChildren<QAbstractButton *>()) {
                if (candidate->text().remove(QLatin1Char('&')) == button) {
                    candidate->click();
                    return;
                }
            }
        }
        dialog->reject();
    });
    timer->start();
}
