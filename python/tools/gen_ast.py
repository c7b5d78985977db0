#!/usr/bin/env python3
"""Writes casyncio's _ast module: python/lib/_ast.py with CPython 3.11's
AST node classes put at its NODES line, read from the _ast module of the
python3 that builds (their docstrings are CPython's, the PSF's text: not
kept in this repository, as cJSON's source is fetched at build time):

    python3 python/tools/gen_ast.py python/lib/_ast.py OUT.py

Each class becomes a line _node(name, base, _fields, optional fields,
_attributes, __doc__), bases before the classes derived from them: an
optional field (one whose type ends in '?') is None on the class, as in
CPython, so a node without it reads None.
"""
import _ast
import os
import sys

MARK = '#@NODES@ (python/tools/gen_ast.py)\n'


def main(argv):
    if len(argv) != 3:
        sys.exit('usage: gen_ast.py python/lib/_ast.py OUT.py')
    if sys.version_info[:2] != (3, 11):
        sys.exit('gen_ast.py: CPython 3.11 is needed (this is %s)' % sys.version.split()[0])
    with open(argv[1], encoding='utf-8') as f:
        src = f.read()
    if src.count(MARK) != 1:
        sys.exit('gen_ast.py: %s has no line %r' % (argv[1], MARK.strip()))
    classes = [c for c in vars(_ast).values() if isinstance(c, type) and issubclass(c, _ast.AST) and c is not _ast.AST]
    classes.sort(key=lambda c: (len(c.__mro__), c.__name__))
    lines = []
    for c in classes:
        (base,) = c.__bases__
        own = vars(c)
        optional = tuple(k for k, v in own.items() if v is None and not k.startswith('__'))
        attributes = own['_attributes'] if '_attributes' in own else None
        lines.append('_node(%r, %r, %r, %r, %r, %r)\n' % (c.__name__, base.__name__, c._fields, optional,
                                                          attributes, c.__doc__))
    out = src.replace(MARK, ''.join(lines))
    tmp = argv[2] + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(out)
    os.replace(tmp, argv[2])


if __name__ == '__main__':
    main(sys.argv)
