#pragma once

#include "correction.h"

#include <QUndoCommand>

#include <functional>

namespace Broadsheet {

// One correction on the undo stack: redo gives the issue the corrections it had
// with the operation, undo the ones it had before. Both are whole sets, so that
// each step is exact whatever the steps around it did.
class CorrectionCommand : public QUndoCommand
{
public:
    // Sets the corrections; false when the library refused (and has
    // said why to the reader).
    using Apply = std::function<bool(const CorrectionSet &corrections, int line)>;

    // `applied`: the first redo was done already (push() calls redo, and a
    // correction that fails must never reach the stack).
    CorrectionCommand(const QString &text, CorrectionSet before, CorrectionSet after, int line,
                      Apply apply, bool applied = true);

    void undo() override;
    void redo() override;

private:
    CorrectionSet m_before;
    CorrectionSet m_after;
    int m_line; // the line the reader acted on, shown again after each step
    Apply m_apply;
    bool m_skipRedo;
};

} // namespace Broadsheet
