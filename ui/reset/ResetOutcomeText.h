// SPDX-License-Identifier: MIT
#pragma once

#include "reset/ResetOutcome.h"
#include "ui/texts/ErrorMessages.h"

#include <QCoreApplication>

/** Why a reset did not go through, told the way an admin needs it (single and bulk resets). */
class ResetOutcomeText final
{
    Q_DECLARE_TR_FUNCTIONS(ResetOutcomeText)
public:
    static UserMessage failure(const ResetOutcome &outcome);
};
