// SPDX-License-Identifier: MIT
#include "TokenStore.h"

TokenStore::~TokenStore() = default;
