#pragma once

#include "domain/resource.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <functional>

namespace Actes {

class Library;
class ResourceRepository;

// Where list commands write and report to: the repository, or the library (which writes to
// its repository and announces the change) when one is given; listChanged(focusId) after
// each change (focusId: the resource to show, or 0); errors raised while undoing or redoing.
struct ListCommandContext
{
    ResourceRepository *repository = nullptr;
    std::function<void(qint64 focusId)> listChanged;
    std::function<void(const QString &message)> failed;
    Library *library = nullptr;

    Resource createResource(const Resource &resource) const;
    void moveToTrash(const QList<qint64> &ids) const;
    void restoreFromTrash(const QList<qint64> &ids) const;
};

// Structural changes of the resource list, one QUndoCommand per kind. Each command is built
// AFTER its first execution succeeded (use the static perform() helpers, which throw
// LibraryError and push nothing on failure); undo moves created resources to the trash and
// restores trashed ones, so no undo ever destroys data.
class CreateResourceCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Actes::CreateResourceCommand)
public:
    // Creates the resource now and returns the command to push. Throws LibraryError.
    static CreateResourceCommand *perform(const ListCommandContext &context, const Resource &resource,
                                          bool duplicate = false);
    qint64 resourceId() const { return m_created.id; }
    const Resource &created() const { return m_created; }

    void undo() override;
    void redo() override;

private:
    CreateResourceCommand(const ListCommandContext &context, const Resource &created, bool duplicate);
    ListCommandContext m_context;
    Resource m_created;
    bool m_firstRedo = true;
};

class MoveToTrashCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Actes::MoveToTrashCommand)
public:
    // Moves ids to the trash now and returns the command to push. Throws LibraryError.
    static MoveToTrashCommand *perform(const ListCommandContext &context, const QList<qint64> &ids,
                                       const QString &firstTitle);
    const QList<qint64> &ids() const { return m_ids; }

    void undo() override;
    void redo() override;

private:
    MoveToTrashCommand(const ListCommandContext &context, const QList<qint64> &ids, const QString &text);
    ListCommandContext m_context;
    QList<qint64> m_ids;
    bool m_firstRedo = true;
};

// The title given to a duplicate: "Title (copy)".
QString duplicateTitle(const QString &title);

} // namespace Actes
