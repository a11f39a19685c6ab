#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Broadsheet {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openIssue(const QString &path);

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace Broadsheet
