#include "generator.h"

namespace crm {
GeneratorStats generateDataset(Database &, const GeneratorOptions &, const GeneratorProgress &)
{
    return {}; // placeholder until the generator lands (helper in progress)
}
} // namespace crm
