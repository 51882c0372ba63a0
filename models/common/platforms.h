// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace siyu::platforms {

// The name people read for a platform or member source key as stored ("wecom" → "WeCom" /
// "企业微信", "wechat_group" → "WeChat group", "offline_event" → "Offline event"); a key it does
// not know comes back as it is. Window, report and exports share it.
QString title(const QString &key);

} // namespace siyu::platforms
