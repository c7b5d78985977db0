# SyntaxErrors of numbers and strings a learner types, with their positions
def show(src):
    try:
        exec(src, {"a": 1, "b": [], "x": 1, "y": [], "k": {}, "f": print})
        print("ran:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg!r} at {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
    except Exception as e:
        print(type(e).__name__, "from", repr(src))

for src in [
    'x = 0777',
    'x = 1_000_',
    'x = 3.14.15',
    'x = 1e',
    'x = 0b102',
    'x = 0o8',
    'x = 0x',
    'x = 5L',
    "s = 'it's'",
    's = "a\\\\"b"',
    "s = '''open",
    "s = '\\x4'",
    "s = b'\\u00e9' + 'x'",
    "s = u'a' f'b'",
    'x = 1__0',
    'x = 1 000',
    'print(1 2)',
]:
    show(src)
