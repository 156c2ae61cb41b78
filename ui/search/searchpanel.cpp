#include "search/searchpanel.h"

#include "notebook/notebook.h"
#include "search/searchresultdelegate.h"
#include "search/searchresultsmodel.h"
#include "search/searchservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace debrief {

namespace {

/// Enough to choose from; a search that needs more needs more words.
constexpr int kResultLimit = 50;

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_service(new SearchService(this))
    , m_model(new SearchResultsModel(this))
    , m_query(new QLineEdit(this))
    , m_tags(new QComboBox(this))
    , m_results(new QListView(this))
    , m_status(new QLabel(this))
{
    m_query->setPlaceholderText(tr("Search the text of every document"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search"));
    m_tags->setAccessibleName(tr("Tag filter"));
    m_tags->setToolTip(tr("Show only documents with this tag"));
    m_tags->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tags->setMinimumContentsLength(8);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true);
    m_results->setAccessibleName(tr("Search results"));
    m_status->setEnabled(false); // a hint, greyed out
    m_status->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_query, 1);
    row->addWidget(m_tags);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_query, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_tags, &QComboBox::currentIndexChanged, this, &SearchPanel::searchNow);
    connect(m_service, &SearchService::finished, this, &SearchPanel::showHits);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT documentActivated(index.data(SearchResultsModel::DocumentIdRole).toLongLong());
    });
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT documentActivated(index.data(SearchResultsModel::DocumentIdRole).toLongLong());
    });
    reloadTags();
    updateVisibility();
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setNotebook(Notebook *notebook)
{
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    m_service->setNotebook(notebook);
    if (m_notebook) {
        connect(m_notebook, &Notebook::documentsChanged, this, &SearchPanel::reloadTags);
        // A saved document may match differently, or carry new tags.
        connect(m_notebook, &Notebook::documentChanged, this, [this] {
            reloadTags();
            if (!m_results->isHidden())
                m_debounce.start();
        });
    }
    reloadTags();
    searchNow();
}

QString SearchPanel::currentTag() const
{
    return m_tags->currentIndex() > 0 ? m_tags->currentText() : QString();
}

void SearchPanel::reloadTags()
{
    const QString current = currentTag();
    QStringList tags;
    if (m_notebook) {
        if (auto all = m_notebook->documents().allTags())
            tags = all.value();
    }
    const QSignalBlocker blocker(m_tags);
    m_tags->clear();
    m_tags->addItem(tr("All tags"));
    m_tags->addItems(tags);
    const int index = m_tags->findText(current);
    m_tags->setCurrentIndex(index > 0 ? index : 0);
    m_tags->setEnabled(!tags.isEmpty());
    if (!current.isEmpty() && index <= 0)
        searchNow(); // the filtered tag is gone
}

void SearchPanel::searchNow()
{
    m_debounce.stop();
    const QString query = m_query->text();
    const QString tag = currentTag();
    updateVisibility();
    if (query.trimmed().isEmpty() && tag.isEmpty()) {
        m_pending = 0;
        m_model->setHits({});
        m_status->clear();
        return;
    }
    m_pending = m_service->search(query, tag, kResultLimit);
}

void SearchPanel::showHits(int generation, const QList<SearchHit> &hits, const QString &error)
{
    if (generation != m_pending)
        return; // an older search; a newer one is on its way
    m_pending = 0;
    m_model->setHits(hits);
    if (!error.isEmpty())
        m_status->setText(tr("Search failed: %1").arg(error));
    else if (hits.isEmpty())
        m_status->setText(tr("No documents match."));
    else
        m_status->setText(tr("%n document(s)", nullptr, int(hits.size())));
    updateVisibility();
}

void SearchPanel::updateVisibility()
{
    const bool active = !m_query->text().trimmed().isEmpty() || !currentTag().isEmpty();
    m_results->setVisible(active);
    m_status->setVisible(active && !m_status->text().isEmpty());
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

} // namespace debrief
