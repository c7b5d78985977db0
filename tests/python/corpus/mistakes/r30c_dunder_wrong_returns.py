# Dunder methods returning the wrong kind of value.
class Bad:
    def __bool__(self): return 1
    def __len__(self): return -1
    def __iter__(self): return [1, 2]
    def __index__(self): return 2.0
    def __hash__(self): return 1.5
    def __int__(self): return "7"
    def __float__(self): return 3
    def __repr__(self): return None
    def __contains__(self, x): return "yes"
    def __round__(self): return "r"

b = Bad()
for expr in ["bool(b)", "len(b)", "iter(b)", "[0, 1, 2][b]", "hash(b)", "int(b)", "float(b)",
             "repr(b)", "1 in b", "round(b)", "str(b)", "f'{b}'", "not b"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
