#include "notebook/notebooktransfer.h"

#include "notebook/notebook.h"
#include "settings/teamnotebookdialog.h"
#include "storage/changefeed.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent>

namespace debrief {

NotebookTransfer::NotebookTransfer(AppSettings &settings, SecretStore &secrets, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_window(window)
{
    m_choosePublishTarget = [this]() -> std::optional<Target> {
        TeamNotebookDialog dialog(m_settings, m_secrets, m_window);
        dialog.setWindowTitle(tr("Publish to Team Notebook"));
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return Target{dialog.location(), dialog.password()};
    };
    m_chooseOfflineTarget = [this]() -> std::optional<Target> {
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save Offline Copy"), QDir::home().filePath(QStringLiteral("debrief-offline.sqlite")),
            tr("Debrief notebooks (*.sqlite)"));
        if (path.isEmpty())
            return std::nullopt;
        return Target{NotebookLocation::sqlite(path), QString()};
    };
    m_askOpen = [this](const QString &summary) {
        QMessageBox box(QMessageBox::Information, tr("Notebook Copied"), summary, QMessageBox::NoButton, m_window);
        box.setInformativeText(tr("Work in the copy from now on?"));
        QPushButton *open = box.addButton(tr("Open the Copy"), QMessageBox::AcceptRole);
        box.addButton(tr("Stay Here"), QMessageBox::RejectRole);
        box.setDefaultButton(open);
        box.exec();
        return box.clickedButton() == open;
    };
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &NotebookTransfer::done);
}

NotebookTransfer::~NotebookTransfer()
{
    // The worker holds no pointer into this object, but its result has nobody to go to.
    m_watcher.waitForFinished();
}

void NotebookTransfer::setNotebook(Notebook *notebook)
{
    m_notebook = notebook;
}

void NotebookTransfer::publish()
{
    if (!m_notebook || isBusy())
        return;
    if (auto target = m_choosePublishTarget())
        start(*target);
}

void NotebookTransfer::saveOfflineCopy()
{
    if (!m_notebook || isBusy())
        return;
    if (auto target = m_chooseOfflineTarget())
        start(*target);
}

void NotebookTransfer::start(const Target &target)
{
    const Database::Handle source = m_notebook->database().handle();
    if (!target.location.isServer() && QFileInfo::exists(target.location.path)) {
        // A copy goes into a new, empty notebook only: nothing is ever merged or overwritten.
        Q_EMIT finished(false, tr("%1 already exists. Choose a new file name for the copy.")
                                   .arg(QDir::toNativeSeparators(target.location.path)));
        return;
    }
    if (target.location.toString() == source.location) {
        Q_EMIT finished(false, tr("That is the notebook that is open. Choose another place for the copy."));
        return;
    }
    if (m_beforeCopy && !m_beforeCopy()) {
        Q_EMIT finished(false, tr("The open document could not be saved, so the copy would miss your latest "
                                  "edits. Try again once it is saved."));
        return;
    }
    m_target = target;
    m_stampAtStart = currentStamp();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_watcher.setFuture(QtConcurrent::run([source, target]() {
        Outcome outcome;
        auto from = Database::openAnother(source);
        if (!from) {
            outcome.message = from.error().message();
            return outcome;
        }
        auto to = Database::open(target.location, target.password, Database::Options{});
        if (!to) {
            outcome.message = to.error().message();
            outcome.detail = to.error().detail();
            return outcome;
        }
        auto copied = NotebookCopier::copy(*from.value(), *to.value());
        if (!copied) {
            outcome.message = copied.error().message();
            outcome.detail = copied.error().detail();
            return outcome;
        }
        outcome.ok = true;
        outcome.counts = copied.value();
        return outcome;
    }));
}

void NotebookTransfer::done()
{
    QApplication::restoreOverrideCursor();
    const Outcome outcome = m_watcher.result();
    if (!outcome.ok) {
        Q_EMIT finished(false, outcome.message);
        return;
    }
    const QString summary = summaryOf(outcome);
    if (currentStamp() != m_stampAtStart) {
        // Switching now would leave those saves behind in this notebook, unnoticed.
        Q_EMIT finished(true, summary + QLatin1Char(' ') +
                                  tr("Changes saved in this notebook while it was being copied are not in the copy; "
                                     "this notebook stays open."));
        return;
    }
    Q_EMIT finished(true, summary);
    if (m_askOpen(summary))
        Q_EMIT openRequested(m_target.location, m_target.password);
}

QString NotebookTransfer::currentStamp() const
{
    if (!m_notebook)
        return {};
    auto stamp = ChangeFeed(m_notebook->database()).stamp();
    if (!stamp)
        return QStringLiteral("?"); // unreadable now: not "unchanged"
    const ChangeFeed::Stamp &s = stamp.value();
    return QStringList{s.meetups, s.participants, s.documents, s.actionItems}.join(QLatin1Char('|'));
}

QString NotebookTransfer::summaryOf(const Outcome &outcome) const
{
    qint64 documents = 0;
    qint64 actions = 0;
    qint64 meetups = 0;
    for (const NotebookCopier::TableCount &table : outcome.counts) {
        if (table.table == QLatin1String("document"))
            documents = table.rows;
        else if (table.table == QLatin1String("action_item"))
            actions = table.rows;
        else if (table.table == QLatin1String("meetup"))
            meetups = table.rows;
    }
    return tr("Copied to %1: %2 documents, %3 meetups and %4 action items, every table's row count checked.")
        .arg(m_target.location.isServer() ? m_target.location.toString()
                                          : QDir::toNativeSeparators(m_target.location.path))
        .arg(documents)
        .arg(meetups)
        .arg(actions);
}

} // namespace debrief
