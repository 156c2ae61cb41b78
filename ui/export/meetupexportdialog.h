#pragma once

#include "export/notebookexport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace debrief {

class Notebook;

/// File ▸ Export Meetup…: every document of a meetup into one folder, each by its rule: on
/// the record as written, under the Chatham House Rule anonymised and checked (one label per
/// person in all of them), off the record never. The list shows what will happen to each
/// document and then what did; a document with an identity left is not written and says so,
/// the others still are. The files are written on a worker thread.
class MeetupExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// Where to write; empty when cancelled.
    using FolderChooser = std::function<QString(const QString &proposedFolder)>;

    MeetupExportDialog(Notebook &notebook, qint64 meetupId, QWidget *parent = nullptr);
    ~MeetupExportDialog() override;

    /// Test seam (default: a folder dialog).
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

    void setFolder(const QString &folder);
    [[nodiscard]] QString folder() const;
    void setFormat(const QString &id);
    /// Starts the export; false (with the reason shown) when it cannot start.
    bool startExport();
    [[nodiscard]] bool isBusy() const { return m_watcher.isRunning(); }
    [[nodiscard]] const QList<NotebookExport::Outcome> &outcomes() const { return m_outcomes; }

    [[nodiscard]] QTreeWidget *documentList() const { return m_documents; }
    [[nodiscard]] QPushButton *exportButton() const { return m_exportButton; }
    [[nodiscard]] QCheckBox *anonymiseAllBox() const { return m_anonymiseAll; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    /// The export ended (written or not); outcomes() has each document's result.
    void exportFinished();

protected:
    void reject() override;

private:
    void loadDocuments();
    void showPlan();
    void showOutcomes();
    void chooseFolder();
    [[nodiscard]] NotebookExport::Options options() const;

    Notebook &m_notebook;
    qint64 m_meetupId;
    QList<qint64> m_documentIds;
    QString m_loadError;
    QList<NotebookExport::Outcome> m_outcomes;
    std::shared_ptr<NotebookExport> m_running;
    QFutureWatcher<QList<NotebookExport::Outcome>> m_watcher;
    FolderChooser m_chooseFolder;

    QLabel *m_intro;
    QTreeWidget *m_documents;
    QComboBox *m_format;
    QComboBox *m_labelStyle;
    QComboBox *m_affiliationStyle;
    QCheckBox *m_anonymiseAll;
    QLineEdit *m_folder;
    QLabel *m_summary;
    QPushButton *m_exportButton;
    QPushButton *m_openFolder;
};

} // namespace debrief
