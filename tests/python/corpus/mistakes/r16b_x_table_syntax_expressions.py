# SyntaxErrors inside expressions, with their positions
def show(src):
    try:
        exec(src, {"a": 1, "b": [], "x": 1, "y": [], "k": {}, "f": print})
        print("ran:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg!r} at {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
    except Exception as e:
        print(type(e).__name__, "from", repr(src))

for src in [
    'f(a=1, 2)',
    'f(**k, *a)',
    'f(a for a in b, c)',
    '[x for x in 1, 2]',
    '{**a for a in b}',
    'x = *a',
    'a + = 1',
    'a =+ 1 +',
    'x = [1, 2,, 3]',
    'x = (1, 2))',
    "x = {'a': }",
    "x = {'a' 1}",
    'lambda x: (yield)',
    'x = a if b',
    'x = a if b else',
    'not = 1',
    'a.1',
    'a[1:2:3:4]',
    'x ==> y',
    'x <> y',
]:
    show(src)
