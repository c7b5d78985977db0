# A table of built-in functions and methods given the wrong arguments (eval), CPython's TypeErrors and ValueErrors
cases = [
    "len(x for x in range(3))",
    "[].append(1, 2)",
    "'a,b'.split(',', 'x')",
    "range(1, 10, 0)",
    "[1, 2, 3].remove(5)",
    "'abc'.replace('a')",
    "list(range(3)).insert(1)",
    "dict([1, 2])",
    "dict([(1, 2, 3)])",
    "tuple(5)",
    "set([[1]])",
    "'abc'.join([1, 2])",
    "str(1, 2)",
    "int('5', base=40)",
    "enumerate(5)",
    "zip(1, 2)",
    "sorted(5)",
    "reversed({1, 2})",
    "' '.join('a', 'b')",
    "{}.update(5)",
    "{}.fromkeys()",
    "'x'.center()",
    "'x'.center(5, 'ab')",
    "'abc'.count()",
    "'{0}{1}'.format('a')",
    "hex(1.5)",
    "chr('a')",
    "isinstance(1, 'int')",
    "getattr(1, 2)",
    "iter(5)",
]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(f"{c:<28} {type(e).__name__}: {e}")
