#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace debrief {

class Notebook;
class SearchResultsModel;
class SearchService;
struct SearchHit;

/// Full-text search over the notebook: a search box and a tag filter above ranked results
/// with highlighted snippets. Typing searches after a short pause, on a thread of its own
/// when the notebook allows (see SearchService); activating a result opens its document.
/// The results list shows only while a search or a tag filter is active.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    void setNotebook(Notebook *notebook);

    /// Milliseconds of quiet after typing before searching.
    void setSearchDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    /// Searches now for what the box and the tag filter say.
    void searchNow();
    /// True while an answer is awaited.
    [[nodiscard]] bool isSearching() const { return m_pending != 0; }

    [[nodiscard]] QLineEdit *searchEdit() const { return m_query; }
    [[nodiscard]] QComboBox *tagFilter() const { return m_tags; }
    [[nodiscard]] QListView *resultsView() const { return m_results; }
    [[nodiscard]] SearchResultsModel *model() const { return m_model; }
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void documentActivated(qint64 id);

private:
    void reloadTags();
    void showHits(int generation, const QList<debrief::SearchHit> &hits, const QString &error);
    void updateVisibility();
    [[nodiscard]] QString currentTag() const;

    QPointer<Notebook> m_notebook;
    SearchService *m_service;
    SearchResultsModel *m_model;
    QLineEdit *m_query;
    QComboBox *m_tags;
    QListView *m_results;
    QLabel *m_status;
    QTimer m_debounce;
    int m_pending = 0;
};

} // namespace debrief
