#include "preview/codehtmlhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QStringList>

#include <memory>

namespace debrief {

using namespace KSyntaxHighlighting;

CodeHtmlHighlighter::CodeHtmlHighlighter(Repository &repository, const QString &themeName, bool dark)
    : m_repository(repository)
{
    Theme theme = themeName.isEmpty() ? Theme() : repository.theme(themeName);
    if (!theme.isValid())
        theme = repository.defaultTheme(dark ? Repository::DarkTheme : Repository::LightTheme);
    setTheme(theme);
}

Repository &CodeHtmlHighlighter::threadRepository()
{
    thread_local std::unique_ptr<Repository> repository;
    if (!repository)
        repository = std::make_unique<Repository>();
    return *repository;
}

QString CodeHtmlHighlighter::highlight(const QString &language, const QString &code)
{
    if (language.isEmpty())
        return {};
    const Definition definition = definitionFor(language);
    if (!definition.isValid())
        return {};
    setDefinition(definition);

    m_html.clear();
    m_html.reserve(code.size() * 2);
    State state;
    const QStringView all(code);
    qsizetype position = 0;
    while (position < all.size()) {
        qsizetype newline = all.indexOf(QLatin1Char('\n'), position);
        const qsizetype end = newline < 0 ? all.size() : newline;
        m_line = all.mid(position, end - position);
        state = highlightLine(m_line, state);
        if (newline < 0)
            break;
        m_html += QLatin1Char('\n');
        position = newline + 1;
    }
    m_line = {};
    return m_html;
}

Definition CodeHtmlHighlighter::definitionFor(const QString &language)
{
    // Info strings are written "python", "Python", "py", "c++", "cpp" ...: try the name as
    // written, then ignoring case, then as a file extension.
    Definition definition = m_repository.definitionForName(language);
    if (!definition.isValid()) {
        const auto all = m_repository.definitions();
        for (const Definition &candidate : all) {
            if (candidate.name().compare(language, Qt::CaseInsensitive) == 0) {
                definition = candidate;
                break;
            }
        }
    }
    if (!definition.isValid())
        definition = m_repository.definitionForFileName(QLatin1String("code.") + language);
    return definition;
}

void CodeHtmlHighlighter::applyFormat(int offset, int length, const Format &format)
{
    const QString text = m_line.mid(offset, length).toString().toHtmlEscaped();
    if (format.isDefaultTextStyle(theme())) {
        m_html += text;
        return;
    }
    QStringList style;
    if (format.hasTextColor(theme()))
        style << QLatin1String("color:") + format.textColor(theme()).name();
    if (format.hasBackgroundColor(theme()))
        style << QLatin1String("background-color:") + format.backgroundColor(theme()).name();
    if (format.isBold(theme()))
        style << QStringLiteral("font-weight:bold");
    if (format.isItalic(theme()))
        style << QStringLiteral("font-style:italic");
    if (format.isUnderline(theme()))
        style << QStringLiteral("text-decoration:underline");
    else if (format.isStrikeThrough(theme()))
        style << QStringLiteral("text-decoration:line-through");
    if (style.isEmpty()) {
        m_html += text;
        return;
    }
    m_html += QLatin1String("<span style=\"") + style.join(QLatin1Char(';')) + QLatin1String("\">") + text +
              QLatin1String("</span>");
}

} // namespace debrief
