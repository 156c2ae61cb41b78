#pragma once

#include "storage/notebookcopier.h"
#include "storage/notebooklocation.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace debrief {

class AppSettings;
class Notebook;
class SecretStore;

/// File ▸ Publish to Team Notebook and File ▸ Save Offline Copy: copies the open notebook
/// into an empty team database or a new SQLite file on a worker thread (the window stays
/// usable), checks every table's row count, and offers to switch to the copy.
class NotebookTransfer : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        NotebookLocation location;
        QString password;
    };
    /// Picks where the copy goes; nullopt when the user cancels.
    using TargetChooser = std::function<std::optional<Target>()>;
    /// Shown after a successful copy: true switches to the copy.
    using OpenQuestion = std::function<bool(const QString &summary)>;

    NotebookTransfer(AppSettings &settings, SecretStore &secrets, QWidget *window);
    ~NotebookTransfer() override;

    void setNotebook(Notebook *notebook);
    [[nodiscard]] bool isBusy() const { return m_watcher.isRunning(); }

    // Test seams (defaults: the Team Notebook dialog, a save-file dialog, a message box).
    void setPublishTargetChooser(TargetChooser chooser) { m_choosePublishTarget = std::move(chooser); }
    void setOfflineTargetChooser(TargetChooser chooser) { m_chooseOfflineTarget = std::move(chooser); }
    void setOpenQuestion(OpenQuestion question) { m_askOpen = std::move(question); }
    /// Runs before a copy starts, to save what is still being typed; false cancels the copy.
    void setBeforeCopy(std::function<bool()> beforeCopy) { m_beforeCopy = std::move(beforeCopy); }

    /// Copies the open notebook (an SQLite file) to a team database.
    void publish();
    /// Copies the open notebook (either kind) to a new SQLite file.
    void saveOfflineCopy();

Q_SIGNALS:
    /// A copy ended: @p message says what was copied, or why nothing was.
    void finished(bool copied, const QString &message);
    /// The user wants to work in the copy now.
    void openRequested(const debrief::NotebookLocation &location, const QString &password);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        QString detail;
        QList<NotebookCopier::TableCount> counts;
    };
    void start(const Target &target);
    void done();
    [[nodiscard]] QString summaryOf(const Outcome &outcome) const;
    [[nodiscard]] QString currentStamp() const;

    AppSettings &m_settings;
    SecretStore &m_secrets;
    QPointer<QWidget> m_window;
    QPointer<Notebook> m_notebook;
    TargetChooser m_choosePublishTarget;
    TargetChooser m_chooseOfflineTarget;
    OpenQuestion m_askOpen;
    std::function<bool()> m_beforeCopy;
    Target m_target;
    /// The source's change stamp when the copy started: a different one at the end means
    /// someone saved meanwhile, and the copy lacks it.
    QString m_stampAtStart;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace debrief
