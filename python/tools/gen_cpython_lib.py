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
    ast       on casyncio's _ast (python/lib/_ast.py); its _Precedence an
              IntEnum made by the class statement (enum's _simple_enum is
              CPython's speed-up, the same members)
    argparse  the help's width: COLUMNS, else 80 columns, as shutil's
              get_terminal_size() gives where stdout is no terminal (the
              page, a pipe); no gettext (the messages as they are)
    _asyncio_streams
              asyncio.StreamReader: its class from Lib/asyncio/streams.py
              (the last of the file) with _DEFAULT_LIMIT, on asyncio's
              loop, futures and exceptions (asyncio.c's module attribute
              loads it when a program first asks asyncio for it); what
              needs a socket (StreamWriter, open_connection) stays refused

A change may be a list of (old, new) pairs, one for each form the text has
in the CPython 3.11s that build (Debian's 3.11.2 patches argparse's
imports; upstream's are plain): the first whose old text is found is made.
"""
import os
import sys
import sysconfig

# The modules taken from a part of a file of CPython's: (path in Lib,
# the text put before it, the markers of the parts kept: each from its
# marker to the next blank line, or with None to the end of the file).
PARTS = {
    '_asyncio_streams': ('asyncio/streams.py',
                         "__name__ = 'asyncio.streams'\n"
                         'import asyncio as _asyncio\n'
                         'import asyncio as exceptions\n'
                         '\n\n'
                         'class events:\n'
                         '    def _get_event_loop(stacklevel=3):\n'
                         '        return _asyncio.get_event_loop()\n'
                         '\n\n'
                         'class format_helpers:\n'
                         '    # (a debug loop\'s _source_traceback, which nothing prints)\n'
                         '    def extract_stack(f=None, limit=None):\n'
                         '        return []\n'
                         '\n\n',
                         [('_DEFAULT_LIMIT = 2 ** 16', '\n\n'), ('class StreamReader:', None)]),
}

CHANGES = {
    '_asyncio_streams': [],
    'ast': [
        ('from enum import IntEnum, auto, _simple_enum\n', 'from enum import IntEnum, auto\n'),
        ('@_simple_enum(IntEnum)\nclass _Precedence:\n', 'class _Precedence(IntEnum):\n'),
    ],
    'this': [],
    'argparse': [
        [('\nfrom gettext import gettext as _, ngettext\n',
          '\n\ndef _(message):\n'
          '    return message\n'
          '\n\n'
          'def ngettext(singular, plural, n):\n'
          '    return singular if n == 1 else plural\n'),
         ('\ntry:\n    from gettext import gettext as _, ngettext\nexcept ImportError:\n',
          '\nif True:\n')],
        [('            import shutil\n'
          '            width = shutil.get_terminal_size().columns\n'
          '            width -= 2\n',
          '            width = _terminal_columns() - 2\n'),
         ('            try:\n'
          '                import shutil as _shutil\n'
          '                width = _shutil.get_terminal_size().columns\n'
          '                width -= 2\n'
          '            except ImportError:\n'
          '                width = 70\n',
          '            width = _terminal_columns() - 2\n')],
        ('class HelpFormatter(object):',
         'def _terminal_columns():\n'
         '    try:\n'
         "        columns = int(_os.environ['COLUMNS'])\n"
         '    except (KeyError, ValueError):\n'
         '        columns = 0\n'
         '    return columns if columns > 0 else 80\n'
         '\n\n'
         'class HelpFormatter(object):'),
    ],
}


def main(argv):
    if len(argv) != 3 or argv[1] not in CHANGES:
        sys.exit('usage: gen_cpython_lib.py {%s} OUT.py' % ','.join(sorted(CHANGES)))
    if sys.version_info[:2] != (3, 11):
        sys.exit('gen_cpython_lib.py: CPython 3.11 is needed (this is %s)' % sys.version.split()[0])
    name, out = argv[1], argv[2]
    part = PARTS.get(name)
    path = os.path.join(sysconfig.get_paths()['stdlib'], part[0] if part else name + '.py')
    with open(path, encoding='utf-8') as f:
        src = f.read()
    if part:
        kept = [part[1]]
        for marker, end in part[2]:
            i = src.find('\n' + marker)
            j = src.find(end, i + 1) if end and i >= 0 else len(src)
            if i < 0 or j < 0:
                sys.exit('gen_cpython_lib.py: %s has changed: %r not found' % (path, marker))
            kept.append(src[i + 1:j] + '\n\n\n')
        src = ''.join(kept)
    for change in CHANGES[name]:
        for old, new in change if isinstance(change, list) else [change]:
            if old in src:
                src = src.replace(old, new, 1)
                break
        else:
            sys.exit('gen_cpython_lib.py: %s has changed: %r not found' % (path, change))
    header = '# %s: CPython 3.11\'s %s, written by python/tools/gen_cpython_lib.py at build time.\n' % (name, path)
    tmp = out + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(header + src)
    os.replace(tmp, out)


if __name__ == '__main__':
    main(sys.argv)
