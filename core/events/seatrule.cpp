// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatrule.h"

namespace fd {

bool SeatRule::mustWait() const
{
    if (!m_capacity)
        return false;
    return m_seatsTaken >= *m_capacity || m_waiting > 0;
}

RegistrationStatus SeatRule::statusFor(RegistrationStatus requested) const
{
    if (requested == RegistrationStatus::Registered && mustWait())
        return RegistrationStatus::Waitlisted;
    return requested;
}

void SeatRule::take(RegistrationStatus status)
{
    if (takesSeat(status))
        ++m_seatsTaken;
    else if (status == RegistrationStatus::Waitlisted)
        ++m_waiting;
}

RegistrationStatus SeatRule::admit(RegistrationStatus requested)
{
    const RegistrationStatus status = statusFor(requested);
    take(status);
    return status;
}

} // namespace fd
