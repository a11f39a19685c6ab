#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "issueparser.h"

#include <QFileInfo>
#include <QMessageBox>

namespace Broadsheet {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openIssue(const QString &path)
{
    const auto issue = IssueParser::parseFile(path);
    if (!issue) {
        QMessageBox::warning(this, tr("Cannot open issue"), issue.errorMessage());
        return false;
    }
    setWindowTitle(tr("%1 — Broadsheet").arg(issue->displayTitle()));
    statusBar()->showMessage(tr("%n article(s)", nullptr, issue->articleCount()));
    return true;
}

} // namespace Broadsheet
