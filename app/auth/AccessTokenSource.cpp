// SPDX-License-Identifier: MIT
#include "auth/AccessTokenSource.h"

AccessTokenSource::~AccessTokenSource() = default;
