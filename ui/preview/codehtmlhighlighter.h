#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
}

namespace debrief {

/// Turns code into HTML spans coloured by a KSyntaxHighlighting theme, for the preview's code
/// fences (the library's own HTML highlighter is not installed). Not thread-safe: use one per
/// thread, with that thread's repository (see threadRepository()).
class CodeHtmlHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    /// Uses @p themeName, or the default light or dark theme when it is empty or unknown.
    CodeHtmlHighlighter(KSyntaxHighlighting::Repository &repository, const QString &themeName, bool dark);

    /// The escaped, highlighted HTML of @p code; a null string when no definition matches
    /// @p language (an info-string word such as "cpp", "Python" or "sh").
    [[nodiscard]] QString highlight(const QString &language, const QString &code);

    /// A repository owned by the calling thread, created on first use. KSyntaxHighlighting's
    /// repository is not thread-safe, and previews render on worker threads.
    [[nodiscard]] static KSyntaxHighlighting::Repository &threadRepository();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    [[nodiscard]] KSyntaxHighlighting::Definition definitionFor(const QString &language);

    KSyntaxHighlighting::Repository &m_repository;
    QStringView m_line;
    QString m_html;
};

} // namespace debrief
