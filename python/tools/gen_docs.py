#!/usr/bin/env python3
"""Writes the docstrings and signatures of CPython 3.11's builtins and of
the modules casyncio's Python has, read from the python3 that builds (their
text is CPython's, the PSF's: not kept in this repository, as cJSON's
source is fetched at build time), into OUTDIR: _docs.py, which finds an
object's entry, and _docs_MODULE.py for each module, the entries:

    python3 python/tools/gen_docs.py OUTDIR

The interpreter's functions, types and methods written in C, and the
library's written in Python (whose docstrings gen_prelude.py leaves out),
have none of their own: their __doc__ (object.c's py__lib_doc) and
inspect.signature() (python/lib/inspect.py) ask _docs, which loads the
module's entries when a program first asks (pylib files, fetched with a
program whose text asks: web/casyncio-python.js).

An entry is keyed by the way a program reaches the object: 'MODULE.NAME'
or 'MODULE.CLASS.NAME', MODULE without a leading underscore nor its
submodule ('asyncio.sleep', 'asyncio.Queue.put', 'builtins.str.split',
'random.randint'); _docs.key(obj) makes the same key from an object.  Its
value is (doc, parameters): parameters is False where CPython has no
signature (inspect.signature() raises ValueError), 'invalid' where its
ValueError says the builtin "has invalid signature", else a tuple of (name, kind, default) with kind as
inspect.Parameter's (0 positional-only ... 4 **kwargs) and default EMPTY
for none, or None where it cannot be written here (a default that is no
literal, an annotation): the interpreter's own signature then.
"""
import ast
import builtins
import inspect
import os
import sys

# The modules whose public names (and their classes' public members) are
# kept: those a program of casyncio's can import and whose objects here are
# C or library code.
# (python/python.mk's DOCS_MODULES, web/casyncio-python.js's DOCS_MODULES)
MODULES = ['builtins', 'asyncio', 'math', 'random', 'time', 'itertools', 'functools', 'operator',
           'collections', 'json', 'heapq', 'bisect', 'copy', 'string', 'statistics', 'dataclasses',
           'contextlib', 'queue', 're', 'enum']
MARK = '<EMPTY>'


def literal(value):
    """value's repr, if it reads back as an equal literal; else None."""
    try:
        text = repr(value)
        back = ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None
    if type(back) is not type(value) or back != back or back != value:
        return None
    return text


def parameters(obj):
    try:
        sig = inspect.signature(obj)
    except ValueError as e:
        # "<...> builtin has invalid signature" (a __text_signature__ inspect cannot read), or none
        return "'invalid'" if 'invalid signature' in str(e) else 'False'
    except TypeError:
        return 'False'
    out = []
    for p in sig.parameters.values():
        if p.default is p.empty:
            d = 'EMPTY'
        else:
            d = literal(p.default)
            if d is None:
                return 'None'
        if p.annotation is not p.empty:
            return 'None'
        out.append('(%r, %d, %s)' % (p.name, int(p.kind), d))
    if sig.return_annotation is not sig.empty:
        return 'None'
    return '(' + ''.join(o + ', ' for o in out) + ')'


def own_doc(obj):
    doc = getattr(obj, '__doc__', None)
    return doc if isinstance(doc, str) else None


def main(argv):
    if len(argv) != 2:
        sys.exit('usage: gen_docs.py OUTDIR')
    if sys.version_info[:2] != (3, 11):
        sys.exit('gen_docs.py: CPython 3.11 is needed (this is %s)' % sys.version.split()[0])
    version = sys.version.split()[0]
    for modname in MODULES:
        entries = {}

        def add(key, obj):
            if key in entries or not callable(obj) and not isinstance(obj, type):
                return
            doc = own_doc(obj)
            params = parameters(obj) if callable(obj) else 'None'
            if doc is None and params in ('None', 'False'):
                return
            entries[key] = '(%r, %s)' % (doc, params)

        mod = __import__(modname)
        # its __all__, and its other public names that are its own (asyncio's
        # __all__ lacks TaskGroup in 3.11), not what it imported
        listed = set(getattr(mod, '__all__', ()))
        for name in sorted(listed | {n for n in dir(mod) if not n.startswith('_')}):
            obj = getattr(mod, name, None)
            if obj is None or inspect.ismodule(obj):
                continue
            home = getattr(obj, '__module__', None)
            if name not in listed and listed and not (isinstance(home, str) and home.split('.')[0].lstrip('_') == modname):
                continue
            add('%s.%s' % (modname, name), obj)
            if isinstance(obj, type):
                for attr, member in sorted(vars(obj).items()):
                    if attr.startswith('_') and attr not in ('__init__', '__call__'):
                        continue
                    try:
                        member = getattr(obj, attr)  # (a classmethod bound, as a program reaches it)
                    except AttributeError:
                        pass  # (enum's DynamicClassAttribute)
                    add('%s.%s.%s' % (modname, name, attr), member)
        write(os.path.join(argv[1], '_docs_%s.py' % modname),
              '# _docs_%s: CPython %s\'s docstrings and signatures of %s, written by python/tools/gen_docs.py at build time.\n'
              'from _docs import EMPTY\n'
              'DOCS = {\n%s}\n' % (modname, version, modname, ''.join('    %r: %s,\n' % (k, entries[k]) for k in sorted(entries))))
    write(os.path.join(argv[1], '_docs.py'),
          '# _docs: finds the entries of _docs_MODULE (python/tools/gen_docs.py), as CPython %s has them.\n'
          'MODULES = %r\n%s' % (version, MODULES, KEY_CODE))


def write(path, text):
    tmp = path + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(tmp, path)


# _docs.key(obj), doc(obj) and params(obj): what the interpreter asks.
KEY_CODE = '''
EMPTY = object()
_loaded = {}


def key(obj):
    """The key that names obj in its module's entries, or None."""
    qualname = getattr(obj, '__qualname__', None)
    if not isinstance(qualname, str):
        return None
    module = getattr(obj, '__module__', None)
    owner = getattr(obj, '__self__', None)
    if not isinstance(module, str):
        objclass = getattr(obj, '__objclass__', None)
        if isinstance(objclass, type):
            module = objclass.__module__
        elif isinstance(owner, type):
            module = owner.__module__
        elif owner is not None and type(owner).__name__ != 'module':
            module = type(owner).__module__
        elif qualname.count('.') == 2:
            module = qualname.split('.')[0]
        else:
            module = 'builtins'
    if isinstance(owner, type) and '.' not in qualname:
        qualname = owner.__qualname__ + '.' + qualname
    parts = qualname.split('.')
    if '<locals>' in parts:
        return None
    return module.split('.')[0].lstrip('_') + '.' + '.'.join(parts[-2:])


def entry(obj):
    k = key(obj)
    module = k.split('.')[0] if k else None
    if module not in MODULES:
        return None
    docs = _loaded.get(module)
    if docs is None:
        docs = _loaded[module] = __import__('_docs_' + module).DOCS
    return docs.get(k)


def doc(obj):
    e = entry(obj)
    return e[0] if e else None


def params(obj):
    """(name, kind, default) of obj's parameters, as CPython's signature has them, or None."""
    e = entry(obj)
    return e[1] if e else None
'''

if __name__ == '__main__':
    main(sys.argv)
