#!/usr/bin/env python3
"""Writes a module of casyncio's library that is CPython 3.11's own, from
the Lib/NAME.py of the python3 that builds (as gen_prelude.py reads
CPython's modules for their names), with the changes listed here for it:

    python3 python/tools/gen_cpython_lib.py NAME OUT.py

The text is CPython's (the PSF's), so it is not kept in this repository:
it is fetched at build time from the machine's CPython, as cJSON's source
is fetched from Debian's.  Each change is a replacement that must match,
or nothing is written.  The result then goes through gen_prelude.py as the
modules of python/lib do.

    this      the Zen of Python, printed when imported (unchanged)
"""
import os
import sys
import sysconfig

CHANGES = {
    'this': [],
}


def main(argv):
    if len(argv) != 3 or argv[1] not in CHANGES:
        sys.exit('usage: gen_cpython_lib.py {%s} OUT.py' % ','.join(sorted(CHANGES)))
    if sys.version_info[:2] != (3, 11):
        sys.exit('gen_cpython_lib.py: CPython 3.11 is needed (this is %s)' % sys.version.split()[0])
    name, out = argv[1], argv[2]
    path = os.path.join(sysconfig.get_paths()['stdlib'], name + '.py')
    with open(path, encoding='utf-8') as f:
        src = f.read()
    for old, new in CHANGES[name]:
        if old not in src:
            sys.exit('gen_cpython_lib.py: %s has changed: %r not found' % (path, old))
        src = src.replace(old, new)
    header = '# %s: CPython 3.11\'s %s, written by python/tools/gen_cpython_lib.py at build time.\n' % (name, path)
    tmp = out + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(header + src)
    os.replace(tmp, out)


if __name__ == '__main__':
    main(sys.argv)
