# Other built-ins given wrong arguments.
calls = [
    'isinstance(1, 1)',
    'issubclass(int, 1)',
    'issubclass(1, int)',
    'hasattr(1)',
    'getattr(1, 2)',
    'setattr(1, "a")',
    'delattr(1)',
    'len(1, 2)',
    'sum(1)',
    'any(1)',
    'sorted(1)',
    'reversed(1)',
    'enumerate([], "1")',
    'range(1.5)',
    'range(1, "a")',
    'format(1, 2)',
    'repr()',
    'id(1, 2)',
    'hash({})',
    'iter(1, 2)',
    'next(1)',
    'callable()',
    'zip([1], [2], strict=True, extra=1)',

    'list(map(1, [1]))',

    'list(filter(1, [1]))',
    'vars(1)',
    'type(1, 2)',
    'type("A", 1, {})',
    'object.__new__(1)',
    'print(end=1)',
    'print(sep=2)',
    'print(file=1)',
]
for c in calls:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
print(len())
