// Markdown preview cost on postmortem-like documents of 5 KB, 200 KB and 2 MB: Debrief's
// renderer (cmark-gfm + the safety pass), cmark-gfm alone, the outline, front matter, and
// md4c for comparison when it is installed. Prints the figures; fails only if the 2 MB render
// is far outside the "about a second" budget.
#include "benchsupport.h"
#include "markdown/frontmatter.h"
#include "markdown/markdownrenderer.h"
#include "markdown/outline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#ifdef DEBRIEF_HAVE_MD4C
#include <md4c-html.h>
#endif

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace debrief;

namespace {

using bench::Sequence;

QString postmortemLikeDocument(qsizetype targetBytes)
{
    static const char *const words[] = {"retry",    "storm",   "gateway",  "database", "failover", "latency", "client",
                                        "budget",   "timeout", "backoff",  "region",   "deploy",   "alert",   "on-call",
                                        "capacity", "queue",   "shedding", "replica",  "checkout", "payments"};
    Sequence random(20240501u);
    auto sentence = [&](int length) -> QString {
        QString text;
        for (int i = 0; i < length; ++i) {
            QString word = QString::fromLatin1(words[random.next(20)]);
            switch (random.next(12)) {
            case 0:
                word = QLatin1Char('*') + word + QLatin1Char('*');
                break;
            case 1:
                word = QLatin1Char('`') + word + QLatin1Char('`');
                break;
            case 2:
                word =
                    QLatin1String("[") + word + QLatin1String("](https://wiki.example.com/") + word + QLatin1Char(')');
                break;
            default:
                break;
            }
            text += (i ? QLatin1String(" ") : QLatin1String("")) + word;
        }
        return text + QLatin1Char('.');
    };

    QString text = QStringLiteral("---\nlayout: post\ntitle: \"Benchmark postmortem\"\ntags: [postmortem]\n---\n\n"
                                  "# Benchmark postmortem\n\n");
    int section = 0;
    while (text.size() < targetBytes) {
        ++section;
        text += QStringLiteral("## Incident %1: %2\n\n").arg(section).arg(sentence(4));
        for (int p = 0; p < 3; ++p) {
            QString paragraph;
            for (int s = 0; s < 4; ++s)
                paragraph += sentence(8 + int(random.next(10))) + QLatin1Char(' ');
            text += paragraph.trimmed() + QLatin1String("\n\n");
        }
        text += QLatin1String("### Timeline\n\n| Time (UTC) | Event | Error rate |\n| :--- | --- | ---: |\n");
        for (int row = 0; row < 8; ++row)
            text += QStringLiteral("| 14:%1 | %2 | %3 %% |\n")
                        .arg(row * 7, 2, 10, QLatin1Char('0'))
                        .arg(sentence(5))
                        .arg(random.next(100));
        text += QLatin1String("\n### Action items\n\n");
        for (int task = 0; task < 5; ++task)
            text += QStringLiteral("- [%1] %2 @owner%3 due:2026-%4-15 !high\n")
                        .arg(random.next(3) == 0 ? QLatin1Char('x') : QLatin1Char(' '))
                        .arg(sentence(6))
                        .arg(random.next(9))
                        .arg(1 + random.next(12), 2, 10, QLatin1Char('0'));
        text += QLatin1String("\n- ") + sentence(6) + QLatin1String("\n  - ") + sentence(5) + QLatin1String("\n\n");
        text += QLatin1String("```yaml\nretry_budget: 0.1\nbackoff:\n  base_ms: 100\n  max_ms: 30000\n```\n\n");
        text += QLatin1String("> ") + sentence(12) + QStringLiteral("[^n%1]\n\n[^n%1]: ").arg(section) + sentence(6) +
                QLatin1String("\n\n~~") + sentence(3) + QLatin1String("~~ https://status.example.com\n\n");
    }
    return text;
}

/// Median of @p runs timings in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

QByteArray cmarkOnly(const QByteArray &markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    const int options = CMARK_OPT_FOOTNOTES;
    cmark_parser *parser = cmark_parser_new(options);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
    cmark_node *root = cmark_parser_finish(parser);
    char *html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser));
    QByteArray result(html);
    std::free(html);
    cmark_node_free(root);
    cmark_parser_free(parser);
    return result;
}

#ifdef DEBRIEF_HAVE_MD4C
QByteArray md4cOnly(const QByteArray &markdown)
{
    QByteArray html;
    html.reserve(markdown.size() * 2);
    md_html(
        markdown.constData(), MD_SIZE(markdown.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *data) { static_cast<QByteArray *>(data)->append(text, size); },
        &html, MD_DIALECT_GITHUB | MD_FLAG_NOHTML, 0);
    return html;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    // `bench_markdown --write FILE` saves the 2 MB document, to try other editors on it.
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--write")) {
        QFile file(arguments.at(2));
        return file.open(QIODevice::WriteOnly) && file.write(postmortemLikeDocument(2 * 1024 * 1024).toUtf8()) > 0 ? 0
                                                                                                                   : 2;
    }
    const int runs = 7;
    double largeRenderMs = 0;

    out << "Markdown preview benchmark (median of " << runs << " runs, ms)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("size"), -9)
               .arg(QStringLiteral("renderer"), 9)
               .arg(QStringLiteral("+lines"), 9)
               .arg(QStringLiteral("cmark"), 9)
               .arg(QStringLiteral("md4c"), 9)
               .arg(QStringLiteral("outline"), 9)
               .arg(QStringLiteral("yaml"), 9);
    for (const qsizetype size : {qsizetype(5 * 1024), qsizetype(200 * 1024), qsizetype(2 * 1024 * 1024)}) {
        const QString document = postmortemLikeDocument(size);
        const QByteArray utf8 = document.toUtf8();
        const MarkdownRenderer plain;
        MarkdownRenderer::Options withLines;
        withLines.sourceLines = true;
        withLines.documentDirectory = QStringLiteral("/tmp");
        const MarkdownRenderer lines(withLines);
        qsizetype sink = 0;

        const double renderMs = medianMs(runs, [&] { sink += plain.toHtml(document).size(); });
        const double linesMs = medianMs(runs, [&] { sink += lines.toHtml(document).size(); });
        const double cmarkMs = medianMs(runs, [&] { sink += cmarkOnly(utf8).size(); });
#ifdef DEBRIEF_HAVE_MD4C
        const double md4cMs = medianMs(runs, [&] { sink += md4cOnly(utf8).size(); });
#else
        const double md4cMs = -1;
#endif
        const double outlineMs = medianMs(runs, [&] { sink += Outline::fromMarkdown(document).headings().size(); });
        const double yamlMs = medianMs(runs, [&] { sink += FrontMatter(document).keys().size(); });
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(QStringLiteral("%1 KB").arg(utf8.size() / 1024), -9)
                   .arg(renderMs, 9, 'f', 2)
                   .arg(linesMs, 9, 'f', 2)
                   .arg(cmarkMs, 9, 'f', 2)
                   .arg(md4cMs, 9, 'f', 2)
                   .arg(outlineMs, 9, 'f', 2)
                   .arg(yamlMs, 9, 'f', 2);
        if (sink == 0)
            return 1;
        largeRenderMs = renderMs;
    }
    out << "renderer = MarkdownRenderer::toHtml (cmark-gfm, safe mode, image pass, UTF-16 <-> UTF-8)\n"
           "+lines   = the same with data-source-line attributes for scroll sync\n"
           "cmark    = cmark-gfm alone (UTF-8 in, UTF-8 out); md4c = md4c-html, GitHub dialect, no HTML\n";
    out.flush();
    // A Debug build on a shared 2-core machine still stays well under the budget; a render
    // that takes seconds means something became quadratic.
    return largeRenderMs < 1500 ? 0 : 1;
}
