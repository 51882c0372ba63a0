// SPDX-License-Identifier: GPL-3.0-or-later
// The segment rule parser (parse only): any JSON, any depth, is a rule or an Error.
#include "fuzzsupport.h"

#include "models/segments/rule.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace siyu;
    const auto rule = Rule::parse(QString::fromUtf8(fuzz::bytesOf(data, size)));
    if (!rule)
        fuzz::require(!rule.error().message.isEmpty());
    return 0;
}
