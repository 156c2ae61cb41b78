#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QAction;

namespace debrief {

/// Every QAction of the application, created in one place and looked up by a stable id
/// such as "file.new-document". Windows and menus only look actions up and connect them.
class AppActions : public QObject
{
    Q_OBJECT
public:
    explicit AppActions(QObject *parent = nullptr);
    ~AppActions() override;

    /// The action with @p id; a programming error (and nullptr) for an unknown id.
    [[nodiscard]] QAction *action(const QString &id) const;
    [[nodiscard]] QAction *action(QLatin1String id) const { return action(QString(id)); }
    /// All ids, in the order the actions were created.
    [[nodiscard]] QStringList ids() const { return m_order; }

private:
    QAction *add(const QString &id, const QString &text);

    QHash<QString, QAction *> m_actions;
    QStringList m_order;
};

} // namespace debrief
