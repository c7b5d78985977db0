class Thing:
    def method(self):
        return "ok"

snippets = [
    "next([1, 2])",
    "None()",
    "len(5)",
    "'a' + 1",
    "1 + 'a'",
    "[1] * 'a'",
    "{[1]: 2}",
    "(5)[0]",
    "(1, 2)[0] = 3",
    "', '.join(['a', 2])",
    "[1, 2].index(3)",
    "{}.popitem()",
    "int('4.5')",
    "float('abc')",
    "zip([1, 2], [3], strict=True).__next__() and list(zip([1, 2], [3], strict=True))",
    "Thing.method()",
    "Thing().method(1)",
    "Thing()()",
    "'abc'.count()",
    "{1, 2} + {3}",
    "dict([1, 2])",
    "divmod(1, 0)",
    "2 ** -1 % 0",
    "[].pop()",
    "'x'.join",
    "iter(5)",
    "sum(['a', 'b'])",
    "min([])",
    "range(1.5)",
    "'%s %s' % ('a',)",
    "abs('x')",
    "round('1.5')",
    "chr(-1)",
    "ord('ab')",
    "getattr(Thing(), 5)",
    "isinstance(1, 'int')",
    "hash([])",
    "list(1)",
    "set().remove(1)",
    "'abc'[5]",
    "int(None)",
]
for src in snippets:
    try:
        result = eval(src)
        print(f"{src:40} -> {result!r}" if not callable(result) else f"{src:40} -> callable")
    except Exception as e:
        print(f"{src:40} -> {type(e).__name__}: {e}")
d = {"a": 1, "b": 2}
for k in d:
    d[k + "!"] = 0
