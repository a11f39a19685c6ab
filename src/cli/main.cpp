#include "cli.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    const auto app = Broadsheet::Cli::createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("broadsheet"));
    QCoreApplication::setOrganizationName(QStringLiteral("Broadsheet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BROADSHEET_VERSION));
    Broadsheet::Translations::install();
    return Broadsheet::Cli::run(QCoreApplication::arguments());
}
