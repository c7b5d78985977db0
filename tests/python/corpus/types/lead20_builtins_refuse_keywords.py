# A keyword argument a builtin does not take: CPython's TypeError for each (reversed, filter, slice, dict.fromkeys refused them), and what takes them
tests = [
    'reversed([1], x=1)', 'filter(None, [1], x=1)', 'slice(1, x=2)', 'dict.fromkeys([1], x=1)',
    'range(3, x=1)', 'map(str, [1], x=1)', 'len([1], x=1)', 'abs(1, x=1)', 'iter([1], x=1)',
    'next(iter([1]), x=1)', 'hash(1, x=1)', 'repr(1, x=1)', "ord('a', x=1)", 'chr(1, x=1)',
    'callable(1, x=1)', 'divmod(1, 2, x=1)', 'isinstance(1, int, x=1)', "getattr(1, 'real', x=1)",
    "hasattr(1, 'real', x=1)", 'any([1], x=1)', 'all([1], x=1)', 'sum([1], x=1)', 'min([1], x=1)',
    'max([1], x=1)', 'sorted([1], x=1)', '[].append(1, x=1)', '[].sort(x=1)', '{}.get(1, x=1)',
    "''.join([], x=1)", "'a'.split(x=1)", "'a'.upper(x=1)", 'tuple([1], x=1)', 'list([1], x=1)',
    'set([1], x=1)', 'frozenset([1], x=1)', "int('1', x=1)", "float('1', x=1)", 'str(1, x=1)', 'bool(1, x=1)',
    'object(x=1)', 'zip([1], x=1)', 'enumerate([1], x=1)', 'print(1, x=1)', 'round(1.5, x=1)',
    'pow(2, 3, x=1)', 'format(1, x=1)', 'bin(1, x=1)', 'id(1, x=1)', 'vars(x=1)', 'dir(x=1)',
    'issubclass(int, int, x=1)', "setattr(1, 'a', 1, x=1)", "delattr(1, 'a', x=1)", 'locals(x=1)',
    'property(x=1)', 'bytes(x=1)', 'ascii(1, x=1)', 'oct(1, x=1)', 'hex(1, x=1)', 'dict([], x=1)',
    '[].index(1, x=1)', '[].insert(0, 1, x=1)', '[].count(1, x=1)', "'a'.replace('a', 'b', x=1)",
    "'a'.startswith('a', x=1)", "'a'.find('a', x=1)", "'a'.strip(x=1)", "'a'.center(3, x=1)",
    '(1).bit_length(x=1)', '{}.setdefault(1, x=1)', '{}.pop(1, x=1)', '{}.update(x=1)', 'set().add(1, x=1)',
    "'{}'.format(1, x=1)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', type(r).__name__)
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
print(int.from_bytes(b'\x01\x00', 'little'), (256).to_bytes(2, 'big'))
for t in ["int.from_bytes(b'ab', 2)", "(5).to_bytes(2, 3)"]:
    try:
        eval(t)
    except TypeError as e:
        print(t, '!!', e)
