# Built-in functions given too few or too many arguments.
cases = [
    "len()", "len([1], [2])", "abs()", "abs(1, 2)", "divmod(7)", "pow(2)",
    "round()", "round(1.5, 1, 1)", "isinstance(3)", "getattr('x')",
    "setattr(1, 'a')", "sorted()", "sorted([3, 1], len)", "sum()",
    "sum([1], 0, 1)", "max()", "min(1)", "range()", "range(1, 2, 3, 4)",
    "enumerate()", "zip(1)", "chr()", "ord('ab')", "input('a', 'b')",
    "hex()", "bin(1, 2)", "iter()", "next()", "any()", "all([], [])",
    "filter(None)", "map(str)", "str(1, 2, 3, 4)", "int(1, 2, 3)",
    "float(1, 2)", "list(1, 2)", "tuple(1, 2)", "dict(1, 2)", "set(1, 2)",
    "bool(1, 2)", "repr(1, 2)", "hash()", "callable(1, 2)", "vars(1, 2)",
]
for c in cases:
    try:
        eval(c)
        print(c, "ok")
    except Exception as e:
        print(f"{c:22} {type(e).__name__}: {e}")
