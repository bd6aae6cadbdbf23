#include "demogenerator.h"

#include "database.h"

namespace Ripen {

bool DemoGenerator::generate(Database &, const Options &, Counts *, QString *errorMessage)
{
    if (errorMessage)
        *errorMessage = QStringLiteral("not implemented yet");
    return false;
}

} // namespace Ripen
