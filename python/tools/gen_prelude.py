#!/usr/bin/env python3
"""Writes a C header holding modules written in Python (python/lib/*.py) as
string constants, for the interpreter to compile when they are needed.

    python3 python/tools/gen_prelude.py OUT.h [--bare] NAME=python/lib/FILE.py ...
    python3 python/tools/gen_prelude.py --py OUT.py python/lib/FILE.py

Each NAME=FILE becomes `static const char NAME[] = "...";` (with --bare, one
FILE becomes the string literal alone, for a header included inside an
initializer, as exc.c includes builtins_prelude.py.h).  With --py, the
smaller text is written as a file of its own: the library modules the wasm
module does not carry, which the host reads or fetches when a program
imports them (dist/pylib/NAME.py; python/python.mk's PYLIB).

The text is made smaller first, as the interpreter's wasm module carries it:
comments, blank lines and continuation lines go, each indentation level is
one space, and tokens are separated only where Python needs it.  String
literals (f-strings too) are kept byte for byte.  Nothing a user sees
depends on the prelude's layout: its frames ("<frozen NAME>", "<asyncio>")
are left out of tracebacks as CPython's library frames are.  The result is
checked: it must parse to the same syntax tree as the file (ast.dump) and
give the same tokens, or nothing is written.

Before that, a function's local variables get names of one or two letters
(shorten_locals; 0.5 KB gzip less in wasm): only names bound in the function
itself, never a parameter (a caller may pass it by keyword), and only in a
function without nested functions, classes, global or nonlocal statements,
imports or calls of locals(), vars(), exec(), eval() or super(), so that no
other scope can see the name.  The tree checked is then the renamed one.

After it, a module of the library gets one line more, naming its own
helpers (helpers(): the private names CPython's module has not), which dir()
leaves out, as CPython's module has them not.
"""
import ast
import contextlib
import io
import os
import sys
import tokenize

SKIP = (tokenize.NL, tokenize.COMMENT, tokenize.ENCODING, tokenize.INDENT, tokenize.DEDENT,
        tokenize.ENDMARKER)


OPS = [op for op in tokenize.EXACT_TOKEN_TYPES if len(op) > 1]


def word_char(c):
    return c.isalnum() or c == '_' or ord(c) > 127


def minify(src):
    out, line, depth = [], [], 0
    prev = None  # the previous token on this line
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        if t.type == tokenize.INDENT:
            depth += 1
        elif t.type == tokenize.DEDENT:
            depth -= 1
        elif t.type == tokenize.NEWLINE:
            if line:
                out.append(' ' * depth + ''.join(line))
            line, prev = [], None
        elif t.type not in SKIP:
            s = t.string
            # A space only where the two would read as one token: two words
            # or numbers, a name before a string (r 'x' is not r'x'), a number
            # before a dot, two operators that would join ('*' '*').
            if prev is not None and (
                    (word_char(prev.string[-1]) and word_char(s[0])) or
                    (prev.type == tokenize.NAME and t.type == tokenize.STRING) or
                    (prev.type == tokenize.NUMBER and s[0] == '.') or
                    (prev.type == tokenize.OP and t.type == tokenize.OP and
                     any(len(op) > len(prev.string) and (prev.string + s).startswith(op) for op in OPS))):
                line.append(' ')
            line.append(s)
            prev = t
    return '\n'.join(out) + '\n'


SHORT = [c for c in 'abcdefghijklmnopqrstuvwxyz'] + ['_' + c for c in 'abcdefghijklmnopqrstuvwxyz']
INTROSPECTION = ('locals', 'vars', 'exec', 'eval', 'super')


def shorten_function(fn):
    """Renames fn's own local variables in place (see the module's doc)."""
    comp_targets = set()
    for n in ast.walk(fn):
        if n is not fn and isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef,
                                          ast.Global, ast.Nonlocal, ast.Import, ast.ImportFrom)):
            return
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in INTROSPECTION:
            return
        if isinstance(n, ast.comprehension):
            comp_targets |= {x.id for x in ast.walk(n.target) if isinstance(x, ast.Name)}
    a = fn.args
    params = {x.arg for x in a.posonlyargs + a.args + a.kwonlyargs + [a.vararg, a.kwarg] if x}
    used, bound = set(params), set()
    for n in ast.walk(fn):
        if isinstance(n, ast.Name):
            used.add(n.id)
        elif isinstance(n, ast.ExceptHandler) and n.name:
            used.add(n.name)
    # Bound by the function itself (a name bound only as a comprehension's
    # target is the comprehension's, and elsewhere in the function it may be
    # a global: left alone).
    inner = set()
    for c in (n for n in ast.walk(fn) if isinstance(n, ast.comprehension)):
        inner |= {id(x) for x in ast.walk(c.target)}
    for n in ast.walk(fn):
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)) and id(n) not in inner:
            bound.add(n.id)
        elif isinstance(n, ast.ExceptHandler) and n.name:
            bound.add(n.name)
    free = [s for s in SHORT if s not in used]
    names = {}
    for name in sorted(bound - params):
        if len(name) > 2 and free:
            names[name] = free.pop(0)
    for n in ast.walk(fn):
        if isinstance(n, ast.Name) and n.id in names:
            n.id = names[n.id]
        elif isinstance(n, ast.ExceptHandler) and n.name in names:
            n.name = names[n.name]


def shorten_locals(tree):
    for n in ast.walk(tree):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            shorten_function(n)
    return tree


def tokens(src):
    return [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(src).readline)
            if t.type not in SKIP and t.type != tokenize.NEWLINE]


def c_literal(text):
    """One C string literal per line of text; octal escapes (never greedy)."""
    lines = []
    for ln in text.splitlines(keepends=True):
        b = ln.encode('utf-8')
        s = ''.join('\\n' if c == 10 else '\\"' if c == 34 else '\\\\' if c == 92 else
                    chr(c) if 32 <= c < 127 and c != 63 else '\\%03o' % c for c in b)
        lines.append('"%s"' % s)
    return '\n'.join(lines)


def smaller(path):
    """The text of python/lib/FILE.py, smaller (see the module's doc)."""
    with open(path, encoding='utf-8') as f:
        src = f.read()
    tree = shorten_locals(ast.parse(src))
    renamed = ast.unparse(tree)
    small = minify(renamed)
    if ast.dump(tree) != ast.dump(ast.parse(small)) or tokens(renamed) != tokens(small):
        sys.exit('gen_prelude.py: %s: the smaller text is not the same program' % path)
    return small


def bound_names(body):
    """The names a module's top level binds (in its blocks too, not in its
    functions and classes)."""
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for a in node.names:
                yield (a.asname or a.name).split('.')[0]
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            for t in node.targets if isinstance(node, ast.Assign) else [node.target]:
                yield from (n.id for n in ast.walk(t) if isinstance(n, ast.Name))
        for field in ('body', 'orelse', 'finalbody'):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                yield from bound_names(getattr(node, field, []))
        for h in getattr(node, 'handlers', []):
            yield from bound_names(h.body)


def helpers(path):
    """Two lines appended to the module python/lib/FILE.py's text (the wasm
    module does not carry them), for run.c's py__module_dir and
    py__submodule_attr:
    - __casyncio_helpers__: casyncio's own helpers, the private names (_x,
      not __x__) the module uses and the public ones it binds that CPython's
      module of that name has not, which dir() leaves out, so that "Did you
      mean" offers a typo what CPython offers;
    - __casyncio_cpython__: the public names of CPython's module that this
      one does not bind at its top level (a C part may have some), which
      dir() lists as CPython's does and which are refused by name when the
      module has them not (gc.get_count, io.BytesIO...), where a plain
      AttributeError would say that Python has them not."""
    name = os.path.splitext(os.path.basename(path))[0]
    try:
        # casyncio's concurrent is concurrent.futures too
        with contextlib.redirect_stdout(io.StringIO()):  # this prints the Zen
            module = __import__(name + '.futures' if name == 'concurrent' else name)
        cpython = set(dir(module.futures if name == 'concurrent' else module))
    except ImportError:
        return ''
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read())
    # bound at its top level, or used there and bound by its C part
    # (datetime's _dotted); __builtins__ when CPython's module is of C alone
    anywhere = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load):
            anywhere.add(n.id)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.ExceptHandler)) and n.name:
            anywhere.add(n.name)
        elif isinstance(n, ast.arg):
            anywhere.add(n.arg)
        elif isinstance(n, ast.alias):
            anywhere.add((n.asname or n.name).split('.')[0])
    names = set(bound_names(tree.body)) | {n.id for n in ast.walk(tree)
                                           if isinstance(n, ast.Name) and n.id not in anywhere}
    top = set(bound_names(tree.body))
    own = sorted(n for n in names if n[:1] == '_' and n[:2] != '__' and n not in cpython)
    own += sorted(n for n in top if n[:1] != '_' and n not in cpython)
    own += ['__builtins__'] if '__builtins__' not in cpython else []
    others = sorted(n for n in cpython if n[:1] != '_' and n not in top)
    return (("__casyncio_helpers__=' %s '\n" % ' '.join(own) if own else '')
            + ("__casyncio_cpython__=' %s '\n" % ' '.join(others) if others else ''))


def write(out_path, text):
    tmp = out_path + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(tmp, out_path)


def main(argv):
    if argv[1:2] == ['--py']:
        if len(argv) != 4:
            sys.exit('usage: gen_prelude.py --py OUT.py FILE.py')
        write(argv[2], smaller(argv[3]) + helpers(argv[3]))
        return
    if len(argv) < 3:
        sys.exit('usage: gen_prelude.py OUT.h [--bare] NAME=FILE.py ...')
    out_path, args = argv[1], argv[2:]
    bare = args[:1] == ['--bare']
    if bare:
        args = args[1:]
    if bare and len(args) != 1:
        sys.exit('gen_prelude.py: --bare takes one NAME=FILE.py')
    parts = ['/* %s -- generated by python/tools/gen_prelude.py from %s; do not edit. */'
             % (os.path.basename(out_path), ', '.join(a.split('=', 1)[1] for a in args))]
    for a in args:
        name, path = a.split('=', 1)
        small = smaller(path)
        if not bare and name != 'asyncio_prelude':  # run.c knows asyncio's
            small += helpers(path)
        if bare:
            parts.append(c_literal(small))
        else:
            parts.append('static const char %s[] =\n%s;' % (name, c_literal(small)))
    write(out_path, '\n'.join(parts) + '\n')


if __name__ == '__main__':
    main(sys.argv)
