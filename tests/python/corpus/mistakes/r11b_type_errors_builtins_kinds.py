# Built-ins given values of the wrong kind, as a learner might.
import math
calls = [
    "sum(['a', 'b'])", "sum([[1], [2]])", "sum([1, '2'])",
    "math.sqrt('16')", "math.floor(None)", "math.gcd(4.0, 2)",
    "range('5')", "range(None)", "list(5)", "tuple(None)",
    "''.join([1, 2])", "', '.join(['a', None])", "' '.join('abc', 'd')",
    "isinstance(3, 'int')", "isinstance(3, [int])", "issubclass(3, int)",
    "len(5)", "len(None)", "reversed({1, 2})", "reversed(iter([1]))",
    "enumerate(5)", "zip([1], 2)", "iter(5)", "next([1])",
    "sorted(5)", "min(5)", "any(5)", "dict(5)", "set(5)",
    "chr('a')", "ord(65)", "hex(1.5)", "bin('1')", "round('1.5')",
    "divmod('7', 2)", "abs(None)", "float([])", "str.upper(5)",
    "hash([])", "hash({'a'})", "frozenset([[1]])",
    "getattr({}, 5)", "'abc'.count()", "'a'.startswith(['a'])",
    "'abc'.split(None, 'x')",
]
for c in calls:
    try:
        print(c, "=", eval(c))
    except TypeError as e:
        print(f"{c:28} {e}")
