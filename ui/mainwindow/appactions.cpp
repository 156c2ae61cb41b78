#include "mainwindow/appactions.h"

#include "common/themeicon.h"

#include <QAction>
#include <QKeySequence>

namespace debrief {

AppActions::AppActions(QObject *parent)
    : QObject(parent)
{
    QAction *newDocument = add(QStringLiteral("file.new-document"), tr("&New Document…"));
    newDocument->setShortcut(QKeySequence::New);
    newDocument->setIcon(themeIcon(QStringLiteral("document-new"), QStyle::SP_FileIcon));
    newDocument->setStatusTip(tr("Create a postmortem, meetup notes, talk notes or reading notes"));

    QAction *newMeetup = add(QStringLiteral("file.new-meetup"), tr("New &Meetup…"));
    newMeetup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newMeetup->setIcon(themeIcon(QStringLiteral("appointment-new"), QStyle::SP_FileDialogNewFolder));
    newMeetup->setStatusTip(tr("Create a meetup to collect its notes and roster"));

    QAction *openNotebook = add(QStringLiteral("file.open-notebook"), tr("&Open Notebook…"));
    openNotebook->setShortcut(QKeySequence::Open);
    openNotebook->setIcon(themeIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton));
    openNotebook->setStatusTip(tr("Open another notebook file"));

    add(QStringLiteral("file.open-file"), tr("Open Markdown &File…"))
        ->setStatusTip(tr("Edit a Markdown file in place, outside the notebook"));
    QAction *teamNotebook = add(QStringLiteral("file.team-notebook"), tr("&Team Notebook…"));
    teamNotebook->setIcon(themeIcon(QStringLiteral("network-server-database"), QStyle::SP_DriveNetIcon));
    teamNotebook->setStatusTip(tr("Connect to a notebook shared on a PostgreSQL server"));
    add(QStringLiteral("file.publish"), tr("&Publish to Team Notebook…"))
        ->setStatusTip(tr("Copy this notebook into an empty database on a PostgreSQL server, for the team"));
    add(QStringLiteral("file.offline-copy"), tr("Save Offline &Copy…"))
        ->setStatusTip(tr("Copy this notebook into a new notebook file on this computer"));

    add(QStringLiteral("file.import-files"), tr("&Import Markdown Files…"))
        ->setStatusTip(tr("Bring Markdown files and Jekyll posts into the notebook, with their task lines as actions"));
    add(QStringLiteral("file.import-folder"), tr("Import &Folder…"))
        ->setStatusTip(tr("Bring every Markdown file of a folder (a Jekyll site's _posts, say) into the notebook"));
    QAction *exportAs = add(QStringLiteral("file.export-as"), tr("Export &As…"));
    exportAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAs->setStatusTip(tr("Export the open document as written, to Markdown, HTML, PDF or ODT"));
    QAction *exportChatham = add(QStringLiteral("file.export-chatham"), tr("&Export Anonymised…"));
    exportChatham->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportChatham->setIcon(themeIcon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton));
    exportChatham->setStatusTip(tr("Export the open document under the Chatham House Rule, every identity anonymised"));
    add(QStringLiteral("file.export-meetup"), tr("Export &Meetup…"))
        ->setStatusTip(tr("Export every document of the selected meetup into one folder, each by its rule"));
    QAction *anonymisedPreview = add(QStringLiteral("view.anonymised-preview"), tr("Anon&ymised Preview"));
    anonymisedPreview->setCheckable(true);
    anonymisedPreview->setStatusTip(tr("Show the preview as a Chatham House export would read"));

    QAction *quit = add(QStringLiteral("file.quit"), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setIcon(themeIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton));
    quit->setMenuRole(QAction::QuitRole);

    QAction *notebookDock = add(QStringLiteral("view.toggle-notebook-dock"), tr("&Notebook"));
    notebookDock->setCheckable(true);
    notebookDock->setChecked(true);
    notebookDock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));

    QAction *actionsDock = add(QStringLiteral("view.toggle-actions-dock"), tr("&Action Items"));
    actionsDock->setCheckable(true);
    actionsDock->setChecked(true);
    actionsDock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    QAction *preview = add(QStringLiteral("view.show-preview"), tr("Show &Preview"));
    preview->setCheckable(true);
    preview->setChecked(true);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    QAction *filter = add(QStringLiteral("view.focus-filter"), tr("&Filter Notebook"));
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    filter->setIcon(themeIcon(QStringLiteral("view-filter"), QStyle::SP_FileDialogContentsView));

    QAction *capture = add(QStringLiteral("actions.quick-capture"), tr("&Quick Capture Action…"));
    capture->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    capture->setShortcutContext(Qt::ApplicationShortcut);
    add(QStringLiteral("view.action-tracker"), tr("Action &Tracker…"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    add(QStringLiteral("meetup.start-live"), tr("Start &Live Notes"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QAction *about = add(QStringLiteral("help.about"), tr("&About Debrief"));
    about->setIcon(themeIcon(QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation));
    about->setMenuRole(QAction::AboutRole);
}

AppActions::~AppActions() = default;

QAction *AppActions::add(const QString &id, const QString &text)
{
    Q_ASSERT(!m_actions.contains(id));
    auto *action = new QAction(text, this);
    action->setObjectName(id);
    m_actions.insert(id, action);
    m_order.append(id);
    return action;
}

QAction *AppActions::action(const QString &id) const
{
    QAction *found = m_actions.value(id);
    Q_ASSERT_X(found, "AppActions::action", qPrintable(id));
    return found;
}

} // namespace debrief
