// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

namespace siyu {

class Workspace;

namespace schema {

// `PRAGMA application_id` of every Siyu workspace ("SIYU").
constexpr int applicationId = 0x53495955;

// The version this build writes. Older files are upgraded step by step on open.
int currentVersion();

// Applies the numbered migrations after `fromVersion` up to `toVersion`, each in its own
// transaction together with its `PRAGMA user_version`. Tests use `toVersion` to build older
// files.
Status upgrade(Workspace &workspace, int fromVersion, int toVersion);

} // namespace schema
} // namespace siyu
