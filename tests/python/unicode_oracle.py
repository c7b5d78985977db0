"""CPython's answers in the format of python/tools/unicode_check.c (see there):
the str predicates and case mappings of every code point from U+0080 on."""
import sys
import unicodedata

# Unicode's Case_Ignorable: these categories and the MidLetter-like points
# (what CPython's final-sigma rule reads; unicodedata does not expose it)
MID = {0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x5F4, 0x2018, 0x2019, 0x2024, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A}
out = []
for cp in range(0x80, 0x110000):
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    cat = unicodedata.category(c)
    bits = (c.isalpha() | c.isdecimal() << 1 | c.isdigit() << 2 | c.isnumeric() << 3 | c.isupper() << 4
            | c.islower() << 5 | (cat == 'Lt') << 6 | (c.isupper() or c.islower() or cat == 'Lt') << 7
            | (cat in ('Mn', 'Me', 'Cf', 'Lm', 'Sk') or cp in MID) << 8
            | ((c + 'a').isidentifier() and cp != 0x5F) << 9 | ('a' + c).isidentifier() << 10)
    maps = (c.upper(), c.lower(), c.title(), c.casefold())
    if not bits and all(m == c for m in maps):
        continue
    out.append('%x %x %s' % (cp, bits, ' '.join('%x' % ord(m) if len(m) == 1 else '[%s]' % m for m in maps)))
sys.stdout.write('\n'.join(out) + '\n')
