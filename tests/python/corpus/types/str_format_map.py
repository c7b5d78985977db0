# str.format_map: fields from a dict or any object with __getitem__, attributes and items of them, nested specs, CPython's errors for positional fields
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
class D:
    def __getitem__(self, k):
        return k.upper()
print('{x} {y!r} {z:>5}|'.format_map(D()))
class F:
    def __format__(self, spec):
        return '{}<{}>'.format(spec, 7)
print('{f:abc} {n.real} {l[1]}'.format_map({'f': F(), 'n': 3, 'l': [4, 5]}))
print('{w:{fill}>{width}}'.format_map({'w': 'hi', 'fill': '*', 'width': 6}))
point = {'x': 1.5, 'y': -2}
print('({x:.2f}, {y:+d})'.format_map(point))
for bad in ['{0}', '{}', '{missing}']:
    try:
        print(bad.format_map({'a': 1}))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    '{a}'.format_map()
except TypeError as e:
    print(e)
try:
    '{a}'.format_map(1)
except TypeError as e:
    print(e)
