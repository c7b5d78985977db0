/*
 * unicode_check.c -- prints what python/unicode_case.c answers for every code
 * point from U+0080 on (surrogates left out), one line per code point that
 * has a property or a case mapping:
 *
 *     CP BITS UPPER LOWER TITLE FOLD
 *
 * in hex; BITS has isalpha, isdecimal, isdigit, isnumeric, isupper, islower,
 * istitle, iscased, isignorable, isxid_start, isxid_continue from bit 0 up; a
 * mapping to several code points is printed as [TEXT].
 * tests/python/unicode_case.test.mjs compares it with CPython's answers.
 */
#include <stdint.h>
#include <stdio.h>

#include "unicode_case.h"

int main(void) {
    for (uint32_t cp = 0x80; cp < 0x110000; cp++) {
        if (cp >= 0xD800 && cp < 0xE000) continue;
        const char *sv[4];
        uint32_t m[4] = { py_uc_upper(cp, &sv[0]), py_uc_lower(cp, &sv[1]), py_uc_title(cp, &sv[2]), py_uc_fold(cp, &sv[3]) };
        int bits = py_uc_isalpha(cp) | py_uc_isdecimal(cp) << 1 | py_uc_isdigit(cp) << 2 | py_uc_isnumeric(cp) << 3 |
                   py_uc_isupper(cp) << 4 | py_uc_islower(cp) << 5 | py_uc_istitle(cp) << 6 | py_uc_iscased(cp) << 7 |
                   py_uc_isignorable(cp) << 8 | py_uc_isxid_start(cp) << 9 | py_uc_isxid_continue(cp) << 10;
        int same = 1;
        for (int i = 0; i < 4; i++) same &= !sv[i] && m[i] == cp;
        if (!bits && same) continue;
        printf("%x %x", (unsigned)cp, (unsigned)bits);
        for (int i = 0; i < 4; i++) {
            if (sv[i]) printf(" [%s]", sv[i]);
            else printf(" %x", (unsigned)m[i]);
        }
        putchar('\n');
    }
    return 0;
}
