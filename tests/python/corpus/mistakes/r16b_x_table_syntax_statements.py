# SyntaxErrors of statements a learner types, with their positions
def show(src):
    try:
        exec(src, {"a": 1, "b": [], "x": 1, "y": [], "k": {}, "f": print})
        print("ran:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg!r} at {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
    except Exception as e:
        print(type(e).__name__, "from", repr(src))

for src in [
    'if x = 1: pass',
    'while x = 1: pass',
    'for i in range(3) print(i)',
    'def f(x) return x',
    'else: pass',
    'elif x: pass',
    'try:\n    pass\n',
    'try:\n    pass\nprint(1)\n',
    'class A(): def f(self): pass',
    'return 5',
    'yield 5',
    'x = yield = 3',
    'import a.b as',
    'from . import',
    'from x import (a, b',
    'del f()',
    "with open('f') as f(): pass",
    'assert',
]:
    show(src)
