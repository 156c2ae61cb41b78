#include "frontmatter/frontmatterform.h"

#include "common/minimaledit.h"
#include "markdown/frontmatter.h"
#include "markdown/frontmatterblock.h"

#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace debrief {

namespace {

QStringList splitList(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("\\s*,\\s*"));
    QStringList items = text.trimmed().split(separator, Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

} // namespace

FrontMatterForm::FrontMatterForm(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_error(new QLabel(this))
    , m_body(new QWidget(this))
{
    m_toggle->setText(tr("Front matter"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setToolTip(tr("Show or hide the front-matter fields"));

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    // A red that reads on light and dark windows alike (BrightText is white on most themes).
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xe0, 0x40, 0x38));
    m_error->setPalette(errorPalette);
    QFont errorFont = m_error->font();
    errorFont.setBold(true);
    m_error->setFont(errorFont);
    m_error->setAccessibleName(tr("Front matter error"));
    m_error->hide();

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_toggle);
    header->addWidget(m_error, 1);
    header->addStretch();

    auto *grid = new QGridLayout(m_body);
    grid->setContentsMargins(6, 0, 6, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    addField(Field::Title, tr("Title"), tr("Payments API retry storm"), 0, 0, 3);
    addField(Field::Date, tr("Date"), tr("YYYY-MM-DD"), 1, 0);
    addField(Field::Rule, tr("Rule"), tr("on-record, chatham or off-record"), 1, 1);
    addField(Field::Authors, tr("Authors"), tr("Names, separated by commas"), 2, 0);
    addField(Field::Tags, tr("Tags"), tr("Tags, separated by commas"), 2, 1);
    addField(Field::Severity, tr("Severity"), tr("SEV2"), 3, 0);
    addField(Field::Status, tr("Status"), tr("draft, in review, published"), 3, 1);
    addField(Field::IncidentStart, tr("Incident start"), tr("2024-05-01T14:07:00Z"), 4, 0);
    addField(Field::IncidentEnd, tr("Incident end"), tr("2024-05-01T15:58:00Z"), 4, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_fields.value(Field::Rule)
        ->setCompleter(new QCompleter(
            {QStringLiteral("on-record"), QStringLiteral("chatham"), QStringLiteral("off-record")}, this));
    m_fields.value(Field::Severity)
        ->setCompleter(new QCompleter(
            {QStringLiteral("SEV1"), QStringLiteral("SEV2"), QStringLiteral("SEV3"), QStringLiteral("SEV4")}, this));
    m_fields.value(Field::Status)
        ->setCompleter(
            new QCompleter({QStringLiteral("draft"), QStringLiteral("in-review"), QStringLiteral("published")}, this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_body);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(&m_refresh, &QTimer::timeout, this, [this] { refreshNow(); });
    connect(m_toggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_body->setVisible(expanded);
        m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        Q_EMIT collapsedChanged(!expanded);
    });
    setTextDocument(nullptr);
}

FrontMatterForm::~FrontMatterForm() = default;

QLineEdit *FrontMatterForm::addField(Field field, const QString &label, const QString &placeholder, int row, int column,
                                     int columnSpan)
{
    auto *edit = new QLineEdit(m_body);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(label);
    edit->setClearButtonEnabled(true);
    // The form shares the editor's width: the fields shrink rather than widen the window.
    edit->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    edit->setMinimumWidth(40);
    auto *caption = new QLabel(label, m_body);
    caption->setBuddy(edit);
    auto *grid = static_cast<QGridLayout *>(m_body->layout());
    grid->addWidget(caption, row, column * 2);
    grid->addWidget(edit, row, column * 2 + 1, 1, columnSpan * 2 - 1);
    m_fields.insert(field, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, field] { applyField(field); });
    return edit;
}

void FrontMatterForm::setTextDocument(QTextDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &QTextDocument::contentsChanged, this, [this] {
            if (!m_applying)
                m_refresh.start();
        });
    }
    refreshNow();
}

bool FrontMatterForm::isCollapsed() const
{
    return !m_toggle->isChecked();
}

void FrontMatterForm::setCollapsed(bool collapsed)
{
    m_toggle->setChecked(!collapsed);
}

QString FrontMatterForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FrontMatterForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_body->setEnabled(message.isEmpty() && m_document);
}

void FrontMatterForm::refreshNow(bool everyField)
{
    m_refresh.stop();
    if (!m_document) {
        for (QLineEdit *edit : std::as_const(m_fields))
            edit->clear();
        showError(QString());
        return;
    }
    const QString text = m_document->toPlainText();
    // Only the front matter is parsed: the body of a long document is not copied around.
    const FrontMatterBlock block = FrontMatterBlock::locate(text);
    const FrontMatter frontMatter(text.left(block.present ? block.bodyBegin : 0));
    if (frontMatter.hasError()) {
        const FrontMatter::Error &error = *frontMatter.error();
        showError(tr("Front matter, line %1: %2").arg(error.line).arg(error.message));
        return;
    }
    showError(QString());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        // The field being typed in already says what the user wants; don't fight the cursor.
        if (it.value()->hasFocus() && !everyField)
            continue;
        const QString value = valueOf(frontMatter, it.key());
        if (it.value()->text() != value)
            it.value()->setText(value);
    }
}

void FrontMatterForm::applyField(Field field)
{
    if (!m_document)
        return;
    const QString text = m_document->toPlainText();
    const FrontMatterBlock block = FrontMatterBlock::locate(text);
    const QString before = text.left(block.present ? block.bodyBegin : 0);
    FrontMatter frontMatter(before);
    if (frontMatter.hasError())
        return;
    if (!write(frontMatter, field, m_fields.value(field)->text()))
        return;
    const QString after = frontMatter.toText();
    if (after == before)
        return;
    m_applying = true;
    applyMinimalEdit(m_document, before, after);
    m_applying = false;
}

QString FrontMatterForm::valueOf(const FrontMatter &frontMatter, Field field)
{
    switch (field) {
    case Field::Title:
        return frontMatter.title();
    case Field::Date:
        return frontMatter.date();
    case Field::Authors:
        return frontMatter.authors().join(QLatin1String(", "));
    case Field::Tags:
        return frontMatter.tags().join(QLatin1String(", "));
    case Field::Severity:
        return frontMatter.severity();
    case Field::Status:
        return frontMatter.status();
    case Field::IncidentStart:
        return frontMatter.incidentStart();
    case Field::IncidentEnd:
        return frontMatter.incidentEnd();
    case Field::Rule:
        return frontMatter.rule();
    }
    return {};
}

bool FrontMatterForm::write(FrontMatter &frontMatter, Field field, const QString &value)
{
    const QString trimmed = value.trimmed();
    switch (field) {
    case Field::Title:
        return frontMatter.setTitle(trimmed);
    case Field::Date:
        return frontMatter.setDate(trimmed);
    case Field::Authors:
        return frontMatter.setAuthors(splitList(value));
    case Field::Tags:
        return frontMatter.setTags(splitList(value));
    case Field::Severity:
        return frontMatter.setSeverity(trimmed);
    case Field::Status:
        return frontMatter.setStatus(trimmed);
    case Field::IncidentStart:
        return frontMatter.setIncidentStart(trimmed);
    case Field::IncidentEnd:
        return frontMatter.setIncidentEnd(trimmed);
    case Field::Rule:
        return frontMatter.setRule(trimmed);
    }
    return false;
}

} // namespace debrief
