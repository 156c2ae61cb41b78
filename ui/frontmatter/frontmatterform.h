#pragma once

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextDocument;
class QToolButton;

namespace debrief {

class FrontMatter;

/// A compact, collapsible form over a Markdown text's YAML front matter: title, date,
/// authors, tags, severity, status, incident start and end, rule. Editing a field rewrites
/// only that key's lines in the text (one undoable edit); typing in the text updates the form
/// after a pause; unknown keys are never touched. YAML that does not parse shows an inline
/// error with its line, disables the fields and leaves the text exactly as typed.
class FrontMatterForm : public QWidget
{
    Q_OBJECT
public:
    enum class Field
    {
        Title,
        Date,
        Authors,
        Tags,
        Severity,
        Status,
        IncidentStart,
        IncidentEnd,
        Rule
    };
    Q_ENUM(Field)

    explicit FrontMatterForm(QWidget *parent = nullptr);
    ~FrontMatterForm() override;

    /// Binds the form to @p document (an editor's); nullptr unbinds.
    void setTextDocument(QTextDocument *document);
    [[nodiscard]] QTextDocument *textDocument() const { return m_document; }

    /// Milliseconds of quiet in the text before the form is updated.
    void setRefreshDelay(int milliseconds) { m_refresh.setInterval(milliseconds); }
    /// Reads the front matter into the fields now. The field being typed in keeps its text,
    /// unless @p everyField (the text was replaced, not edited: what is typed there is stale).
    void refreshNow(bool everyField = false);

    [[nodiscard]] QLineEdit *field(Field field) const { return m_fields.value(field); }
    /// The inline YAML error ("Line 3: ..."), empty when the front matter parses.
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isCollapsed() const;
    void setCollapsed(bool collapsed);

Q_SIGNALS:
    void collapsedChanged(bool collapsed);

private:
    QLineEdit *addField(Field field, const QString &label, const QString &placeholder, int row, int column,
                        int columnSpan = 1);
    void applyField(Field field);
    void showError(const QString &message);
    static QString valueOf(const FrontMatter &frontMatter, Field field);
    static bool write(FrontMatter &frontMatter, Field field, const QString &value);

    QPointer<QTextDocument> m_document;
    QHash<Field, QLineEdit *> m_fields;
    QToolButton *m_toggle;
    QLabel *m_error;
    QWidget *m_body;
    QTimer m_refresh;
    bool m_applying = false;
};

} // namespace debrief
