/*
 * unicode_case.h -- str's Unicode data beyond ASCII (unicode_case.c, generated
 * by python/tools/gen_unicode_case.py from CPython 3.11).
 *
 * py_uc_isX(cp): the one-character predicate of str.isX (cased: upper, lower
 * or title case; ignorable: Unicode's Case_Ignorable, for the final sigma).
 * py_uc_upper/lower/title/fold(cp, &several): the mapping of cp, or 0 with
 * *several set to the UTF-8 text when cp maps to several code points.
 * ASCII code points map to themselves here: the callers handle ASCII.
 */
#ifndef PY_UNICODE_CASE_H
#define PY_UNICODE_CASE_H
#include <stdint.h>

int py_uc_isalpha(uint32_t cp);
int py_uc_isdecimal(uint32_t cp);
int py_uc_isdigit(uint32_t cp);
int py_uc_isnumeric(uint32_t cp);
int py_uc_isupper(uint32_t cp);
int py_uc_islower(uint32_t cp);
int py_uc_istitle(uint32_t cp);
int py_uc_iscased(uint32_t cp);
int py_uc_isignorable(uint32_t cp);
int py_uc_isxid_start(uint32_t cp);
int py_uc_isxid_continue(uint32_t cp);
uint32_t py_uc_upper(uint32_t cp, const char **several);
uint32_t py_uc_lower(uint32_t cp, const char **several);
uint32_t py_uc_title(uint32_t cp, const char **several);
uint32_t py_uc_fold(uint32_t cp, const char **several);

#endif
