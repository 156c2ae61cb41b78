// Full-text search over a notebook of 10,000 postmortem-like documents (about 2 KB each):
// time to fill the notebook, then ranked search with snippets for a rare word, a common word,
// two words and a prefix. Prints the figures; `--quick` uses 1,000 documents (the ctest smoke).
#include "benchsupport.h"
#include "notebook/notebook.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace debrief;

namespace {

using bench::Sequence;

const char *const kWords[] = {"retry",       "storm",    "database", "failover", "gateway",  "client",   "timeout",
                              "latency",     "queue",    "consumer", "backoff",  "jitter",   "alert",    "pager",
                              "rollback",    "deploy",   "config",   "cache",    "eviction", "quorum",   "replica",
                              "leader",      "election", "disk",     "memory",   "thread",   "lock",     "deadlock",
                              "certificate", "expiry",   "dns",      "resolver", "load",     "balancer", "shard"};

QString paragraph(Sequence &random, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << QString::fromLatin1(kWords[random.next(std::size(kWords))]);
    return out.join(QLatin1Char(' ')) + QStringLiteral(".\n\n");
}

double medianMs(const std::function<void()> &work, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int documents = quick ? 1000 : 10000;
    QTextStream out(stdout);

    QTemporaryDir dir;
    auto opened = Notebook::openSqlite(dir.filePath(QStringLiteral("search.sqlite")));
    if (!opened) {
        out << "cannot create the notebook: " << opened.error().message() << '\n';
        return 1;
    }
    Notebook &notebook = *opened.value();
    Sequence random(20261121u);
    QElapsedTimer fill;
    fill.start();
    const Status filled = notebook.database().transaction([&]() -> Status {
        for (int i = 0; i < documents; ++i) {
            Document document;
            document.title = QStringLiteral("Incident %1: %2").arg(i).arg(paragraph(random, 4).trimmed());
            QString body = QStringLiteral("# Summary\n\n");
            for (int p = 0; p < 12; ++p)
                body += paragraph(random, 24);
            // A word only a few documents have, to find again.
            if (i % 1000 == 7)
                body += QStringLiteral("The thundering herd came back.\n");
            document.body = body;
            if (auto created = notebook.documents().create(document); !created)
                return created.error();
        }
        return {};
    });
    if (!filled) {
        out << "cannot fill the notebook: " << filled.error().message() << '\n';
        return 1;
    }
    out << "Search over " << documents << " documents (about 2 KB each), SQLite FTS5, ms (median of 9)\n";
    out << "  fill, one transaction: " << fill.elapsed() << '\n';

    const struct
    {
        const char *label;
        const char *query;
    } queries[] = {
        {"rare word", "thundering"}, {"common word", "retry"}, {"two words", "retry jitter"}, {"prefix", "dead"}};
    bool allFound = true;
    for (const auto &q : queries) {
        int hits = 0;
        const double ms = medianMs(
            [&] {
                auto result = notebook.documents().search(QString::fromLatin1(q.query));
                hits = result ? int(result.value().size()) : -1;
            },
            9);
        out << "  " << QString::fromLatin1(q.label).leftJustified(12) << QString::number(ms, 'f', 2).rightJustified(8)
            << "   (" << hits << " hits, first 50 with snippets)\n";
        allFound = allFound && hits > 0;
    }
    return allFound ? 0 : 1;
}
