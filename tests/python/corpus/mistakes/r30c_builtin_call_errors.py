# Calling builtins with the wrong number or kind of arguments.
calls = ["len(obj=[1])", "len([1], [2])", "len()", "sorted([3, 1], lambda x: x)", "max(key=len)",
         "dict(1, 2)", "list(1, 2)", "range()", "range(1, 2, 3, 4)", "'x'.replace(old='x', new='y')",
         "'a b'.split(' ', maxsplit='1')", "abs(1, 2)", "round()", "isinstance(3)", "int('5', 10, 2)",
         "sum([1], start=1, x=2)", "min()", "divmod(5)", "zip(strict=1)", "enumerate()", "str(b'a', 1)",
         "open()", "getattr(1)", "print(sep=1)", "'abc'.center()", "[].append()", "{}.get()", "hash()"]
for c in calls:
    try:
        eval(c)
        print(c, "ok")
    except TypeError as e:
        print(c, "->", e)
