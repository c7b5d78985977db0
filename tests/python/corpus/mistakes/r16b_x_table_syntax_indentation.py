# Indentation errors in their many kinds, with their positions
def show(src):
    try:
        exec(src, {"a": 1, "b": [], "x": 1, "y": [], "k": {}, "f": print})
        print("ran:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg!r} at {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
    except Exception as e:
        print(type(e).__name__, "from", repr(src))

for src in [
    'if True:\npass',
    'def f():\n  x = 1\n    y = 2',
    'def f():\n    x = 1\n  y = 2',
    '  x = 1',
    'for i in []:\n\tif i:\n        pass\n\telse:\n\t\tpass',
    'if x:\n    pass\n  else:\n    pass',
    'class A:\n\n',
    "def f():\n    '''doc'''\n  return 1",
    'try:\nexcept:\n    pass',
    'while x:\n# comment\nx = 1',
]:
    show(src)
