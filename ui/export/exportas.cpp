#include "export/exportas.h"

#include "export/exportfilename.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent>

namespace debrief {

ExportAs::ExportAs(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_choosePath = [this](const QString &proposed) {
        QStringList filters;
        for (const QString &id : Exporter::formats()) {
            const auto exporter = Exporter::create(id);
            filters << QStringLiteral("%1 (*.%2)").arg(exporter->name(), exporter->fileSuffix());
        }
        QString selected = filters.value(0);
        return QFileDialog::getSaveFileName(m_window, tr("Export As"), proposed, filters.join(QLatin1String(";;")),
                                            &selected);
    };
    m_askRule = [this](Rule rule, bool canAnonymise) {
        QMessageBox box(QMessageBox::Warning, tr("Export As Written"),
                        rule == Rule::OffRecord
                            ? tr("This document is off the record: nothing in it is meant to leave the room.")
                            : tr("This document is under the Chatham House Rule: what was said may be used, but "
                                 "not who said it."),
                        QMessageBox::NoButton, m_window);
        box.setInformativeText(canAnonymise
                                   ? tr("An export as written keeps every name. The anonymised export replaces them.")
                                   : tr("An export as written keeps every name. To replace them, put the notes in "
                                        "the notebook with File ▸ Import, or use “debrief anonymise”."));
        QPushButton *anonymise =
            canAnonymise ? box.addButton(tr("Export Anonymised…"), QMessageBox::AcceptRole) : nullptr;
        QPushButton *asWritten = box.addButton(tr("Export As Written"), QMessageBox::DestructiveRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        if (anonymise)
            box.setDefaultButton(anonymise);
        box.exec();
        if (anonymise && box.clickedButton() == anonymise)
            return RuleAnswer::Anonymise;
        return box.clickedButton() == asWritten ? RuleAnswer::AsWritten : RuleAnswer::Cancel;
    };
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, [this] {
        QApplication::restoreOverrideCursor();
        const ExportResult result = m_watcher.result();
        Q_EMIT finished(result.ok, result.ok ? result.path : result.error);
    });
}

ExportAs::~ExportAs()
{
    m_watcher.waitForFinished(); // the file is complete or untouched, never half written
}

void ExportAs::run(const ExportInput &input, Rule rule, const QString &folder, bool canAnonymise)
{
    if (isBusy())
        return;
    if (rule != Rule::OnRecord) {
        switch (m_askRule(rule, canAnonymise)) {
        case RuleAnswer::Anonymise:
            Q_EMIT anonymisedExportWanted();
            return;
        case RuleAnswer::Cancel:
            return;
        case RuleAnswer::AsWritten:
            break;
        }
    }
    const QString proposed = QDir(folder.isEmpty() ? QDir::homePath() : folder)
                                 .filePath(ExportFileName::jekyllPost(input.metadata.title, input.metadata.date));
    const QString path = m_choosePath(proposed);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString format = suffix == QLatin1String("markdown") ? QStringLiteral("md") : suffix;
    if (!Exporter::create(format)) {
        Q_EMIT finished(false, tr("Debrief cannot export to “.%1” files. Use .md, .html, .pdf or .odt.").arg(suffix));
        return;
    }
    ExportInput in = input;
    in.options.keepAuthors = true; // "as written": the user was told it keeps every name
    if (in.options.documentDirectory.isEmpty())
        in.options.documentDirectory = folder;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    // A long postmortem takes a moment as PDF; the window stays usable meanwhile.
    m_watcher.setFuture(
        QtConcurrent::run([in, format, path] { return Exporter::create(format)->exportToFile(in, path); }));
}

} // namespace debrief
