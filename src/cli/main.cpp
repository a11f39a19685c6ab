#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    const auto app = Broadsheet::Cli::createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("broadsheet"));
    QCoreApplication::setOrganizationName(QStringLiteral("Broadsheet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BROADSHEET_VERSION));
    return Broadsheet::Cli::run(QCoreApplication::arguments());
}
