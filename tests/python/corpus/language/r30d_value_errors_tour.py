# ValueError and friends from conversions and containers, printed one per line
cases = [
    "int('3.5')", "int('')", "float('abc')", "int('12', 2)", "[1, 2].index(3)",
    "'a,b'.split('')", "list(range(3)).remove(9)", "chr(-1)", "bytes([300])",
    "'{} {}'.format(1)", "dict([(1, 2, 3)])", "max([])", "range(1, 2, 0)",
    "(1, 2).index(5)", "'x' * -1 or int('0x1A', 0) or int(' 7 ')", "float('nan') > 1 or int(float('inf'))",
    "divmod(1, 0)", "2 ** -1 + (10 % 0)", "[].pop()", "{}.popitem()", "'abc'.encode('ascii2')",
    "'é'.encode('ascii')", "b'\\xff'.decode('utf-8')", "int('1_000') + int('1__0')",
]
for src in cases:
    try:
        print(f"{src} = {eval(src)!r}")
    except Exception as e:
        print(f"{src}: {type(e).__name__}: {e}")
