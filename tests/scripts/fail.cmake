# SPDX-License-Identifier: GPL-3.0-or-later
# A test whose tool is missing: fails with the message, never skips quietly.
#   cmake -DMESSAGE="what is missing and how to install it" -P fail.cmake
message(FATAL_ERROR "FAIL: ${MESSAGE}")
