// The stamps file a shared library keeps in its .git folder (StampsFile), on any bytes: reading
// never crashes nor allocates without bound, and what it reads writes back to bytes that read the
// same.
#include "fuzzcheck.h"

#include <sharing/stampsfile.h>

using namespace Byline::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<StampsFile::Contents> contents = StampsFile::parsed(FuzzCheck::bytes(data, size));
    if (!contents)
        return 0;
    FUZZ_CHECK(!contents->head.isEmpty());
    const QByteArray written = StampsFile::serialized(*contents);
    FUZZ_CHECK(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).startsWith(written));
    const std::optional<StampsFile::Contents> again = StampsFile::parsed(written);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->head == contents->head && again->own == contents->own);
    FUZZ_CHECK(again->folders.size() == contents->folders.size());
    for (size_t i = 0; i < again->folders.size(); ++i) {
        FUZZ_CHECK(again->folders[i].path == contents->folders[i].path);
        FUZZ_CHECK(again->folders[i].stamp == contents->folders[i].stamp);
        FUZZ_CHECK(again->folders[i].files == contents->folders[i].files);
    }
    return 0;
}
