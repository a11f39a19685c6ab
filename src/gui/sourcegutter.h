#pragma once

#include <QWidget>

namespace Broadsheet {

class SourceView;

// The source view's margin: line numbers, the articles' numbers where they
// open, a stripe per article and the marks of rejoined paragraphs. It only
// holds the place; SourceView paints it, knowing the lines.
class SourceGutter : public QWidget
{
    Q_OBJECT

public:
    explicit SourceGutter(SourceView *view);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    SourceView *m_view;
};

} // namespace Broadsheet
