#include "correctioncommand.h"

namespace Broadsheet {

CorrectionCommand::CorrectionCommand(const QString &text, CorrectionSet before, CorrectionSet after,
                                     int line, Apply apply, bool applied)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_line(line)
    , m_apply(std::move(apply))
    , m_skipRedo(applied)
{}

void CorrectionCommand::undo()
{
    // A step the library refuses (the file is gone) leaves the stack: the reader
    // was told why, and the steps around it stay whole sets.
    if (!m_apply(m_before, m_line))
        setObsolete(true);
}

void CorrectionCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!m_apply(m_after, m_line))
        setObsolete(true);
}

} // namespace Broadsheet
