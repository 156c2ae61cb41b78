#pragma once

#include <QSet>
#include <QWidget>

#include <optional>

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace debrief {

class Notebook;
class NotebookModel;
class SearchPanel;

/// The left panel: a filter box over the notebook tree. Selecting a row activates it;
/// the selection and the collapsed meetups survive the model's reloads.
class NotebookView : public QWidget
{
    Q_OBJECT
public:
    explicit NotebookView(QWidget *parent = nullptr);
    ~NotebookView() override;

    void setNotebook(Notebook *notebook);

    /// Selects (and so activates) the document; false when it is not in the tree.
    bool selectDocument(qint64 id);
    bool selectMeetup(qint64 id);

    [[nodiscard]] qint64 currentDocumentId() const;
    /// The selected meetup, or the meetup of the selected document.
    [[nodiscard]] std::optional<qint64> currentMeetupId() const;

    [[nodiscard]] NotebookModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *treeView() const { return m_tree; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] SearchPanel *searchPanel() const { return m_search; }

Q_SIGNALS:
    void documentActivated(qint64 id);
    void meetupActivated(qint64 id);

private:
    void rememberState();
    void restoreState();
    void restoreExpansion();
    void applyFilter(const QString &text);
    void emitActivation(const QModelIndex &current);
    bool selectSourceIndex(const QModelIndex &sourceIndex);
    [[nodiscard]] QModelIndex currentSourceIndex() const;

    NotebookModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    SearchPanel *m_search = nullptr;
    QTreeView *m_tree;
    QSet<qint64> m_collapsedMeetups;
    bool m_groupCollapsed = false;
    // What was selected before a reset, to select it again afterwards.
    int m_savedType = -1;
    qint64 m_savedId = 0;
    bool m_restoring = false;
    bool m_switchingNotebook = false;
};

} // namespace debrief
