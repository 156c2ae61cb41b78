#pragma once

#include "chatham/meetuproster.h"
#include "export/chathamexport.h"
#include "model/document.h"
#include "model/participant.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace debrief {

class AnonymisedDiffView;
class Notebook;

/// The Chatham House export of one document: the original and the anonymised text side by
/// side, the leak scan's errors (roster identities left: they block the export) and warnings
/// (each can be added to the meetup's roster or allowed), the format and label styles, and
/// a file name proposed from the anonymised title. Labels come from and go to the notebook,
/// so every export of a meetup names each person the same way.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(Notebook &notebook, qint64 documentId, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Reads the document, roster and labels again, and anonymises and scans anew.
    void refresh();

    [[nodiscard]] int errorCount() const;
    [[nodiscard]] int warningCount() const;
    [[nodiscard]] QString anonymisedText() const;
    [[nodiscard]] QString proposedFileName() const;
    /// Writes the export to @p path (refused while an identity is left) and keeps the labels.
    [[nodiscard]] ExportResult exportTo(const QString &path);
    /// Puts a person on the document's meetup roster, then anonymises anew.
    bool addToRoster(const Participant &participant, MeetupRole role);
    /// Puts a person already in the notebook (e.g. from another meetup) on this roster.
    bool addToRoster(qint64 participantId, MeetupRole role);
    /// Stops reporting @p word for the rest of this dialog's session.
    void allow(const QString &word);
    void setFormat(const QString &id);

    [[nodiscard]] AnonymisedDiffView *diffView() const { return m_diff; }
    [[nodiscard]] QTreeWidget *findingsList() const { return m_findings; }
    [[nodiscard]] QPushButton *exportButton() const { return m_exportButton; }
    [[nodiscard]] QComboBox *labelStyleCombo() const { return m_labelStyle; }

private:
    void rebuild();
    void showFindings();
    void updateButtons();
    void addSelectedToRoster();
    void allowSelected();
    void chooseFileAndExport();
    [[nodiscard]] AnonymiserOptions anonymiserOptions() const;
    [[nodiscard]] std::unique_ptr<Exporter> currentExporter() const;
    [[nodiscard]] QString selectedWarning() const;
    /// The notebook participant of the selected identity error, or 0.
    [[nodiscard]] qint64 selectedKnownPerson() const;

    Notebook &m_notebook;
    qint64 m_documentId;
    std::optional<Document> m_document;
    MeetupRoster m_roster;
    /// Everyone in the notebook: the scan's roster, so that a person of another meetup named
    /// here is an error to fix (by adding them to this roster), not a silent leak.
    Roster m_everyone;
    QList<qint64> m_everyoneIds;
    QString m_sourceText;
    QString m_loadError;
    QStringList m_allowed; ///< this session only: the notebook has no place for it yet
    std::unique_ptr<ChathamExport> m_export;

    AnonymisedDiffView *m_diff;
    QTreeWidget *m_findings;
    QPushButton *m_addToRoster;
    QPushButton *m_allow;
    QComboBox *m_format;
    QComboBox *m_labelStyle;
    QComboBox *m_affiliationStyle;
    QLabel *m_status;
    QPushButton *m_exportButton;
};

} // namespace debrief
