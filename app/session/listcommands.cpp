#include "session/listcommands.h"

#include "storage/libraryerror.h"
#include "library/library.h"
#include "storage/resourcerepository.h"

namespace Actes {

Resource ListCommandContext::createResource(const Resource &resource) const
{
    return library ? library->createResource(resource) : repository->createResource(resource);
}

void ListCommandContext::moveToTrash(const QList<qint64> &ids) const
{
    if (library)
        library->moveToTrash(ids);
    else
        repository->moveToTrash(ids);
}

void ListCommandContext::restoreFromTrash(const QList<qint64> &ids) const
{
    if (library)
        library->restoreFromTrash(ids);
    else
        repository->restoreFromTrash(ids);
}

namespace {
struct DuplicateStrings
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ListCommands)
};

void notify(const ListCommandContext &context, qint64 focusId)
{
    if (context.listChanged)
        context.listChanged(focusId);
}

void report(const ListCommandContext &context, const LibraryError &error)
{
    if (context.failed)
        context.failed(error.message());
}
} // namespace

QString duplicateTitle(const QString &title)
{
    return DuplicateStrings::tr("%1 (copy)").arg(title);
}

// --- Create / duplicate ----------------------------------------------------------------

CreateResourceCommand *CreateResourceCommand::perform(const ListCommandContext &context,
                                                      const Resource &resource, bool duplicate)
{
    Resource fresh = resource;
    fresh.id = 0;
    fresh.version = 0;
    const Resource created = context.createResource(fresh);
    return new CreateResourceCommand(context, created, duplicate);
}

CreateResourceCommand::CreateResourceCommand(const ListCommandContext &context, const Resource &created,
                                             bool duplicate)
    : m_context(context), m_created(created)
{
    setText(duplicate ? tr("Duplicate “%1”").arg(created.title) : tr("New resource “%1”").arg(created.title));
}

void CreateResourceCommand::redo()
{
    if (m_firstRedo) {           // already created by perform()
        m_firstRedo = false;
        notify(m_context, m_created.id);
        return;
    }
    try {
        m_context.restoreFromTrash({m_created.id});
        notify(m_context, m_created.id);
    } catch (const LibraryError &error) {
        setObsolete(true);
        report(m_context, error);
    }
}

void CreateResourceCommand::undo()
{
    try {
        m_context.moveToTrash({m_created.id});
        notify(m_context, 0);
    } catch (const LibraryError &error) {
        setObsolete(true);
        report(m_context, error);
    }
}

// --- Move to trash ---------------------------------------------------------------------

MoveToTrashCommand *MoveToTrashCommand::perform(const ListCommandContext &context, const QList<qint64> &ids,
                                                const QString &firstTitle)
{
    context.moveToTrash(ids);
    const QString text = ids.size() == 1 ? tr("Delete “%1”").arg(firstTitle)
                                         : tr("Delete %n resources", nullptr, int(ids.size()));
    return new MoveToTrashCommand(context, ids, text);
}

MoveToTrashCommand::MoveToTrashCommand(const ListCommandContext &context, const QList<qint64> &ids,
                                       const QString &text)
    : m_context(context), m_ids(ids)
{
    setText(text);
}

void MoveToTrashCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        notify(m_context, 0);
        return;
    }
    try {
        m_context.moveToTrash(m_ids);
        notify(m_context, 0);
    } catch (const LibraryError &error) {
        setObsolete(true);
        report(m_context, error);
    }
}

void MoveToTrashCommand::undo()
{
    try {
        m_context.restoreFromTrash(m_ids);
        notify(m_context, m_ids.value(0));
    } catch (const LibraryError &error) {
        setObsolete(true);
        report(m_context, error);
    }
}

} // namespace Actes
