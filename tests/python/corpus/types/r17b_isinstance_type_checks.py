# isinstance and type() on many values, with a type-dispatching describe()
def describe(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, (int, float)):
        return f'number {x:g}'
    if isinstance(x, str):
        return f'text of {len(x)}'
    if isinstance(x, (list, tuple)):
        return f'sequence of {len(x)}'
    return type(x).__name__

for v in [True, 3, 2.5, 'hey', [1, 2], (1,), {}, None, 1j]:
    print(f'{v!r:<8} {describe(v)}')
print(type(3) is int, type(True) is int, isinstance(True, int))
print(type(type), type(int), type(None).__name__, type(print).__name__)
print(isinstance(3, 'int'))
