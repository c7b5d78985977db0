# str.format: positional, numbered, named, attributes, items, specs and conversions.
print('{} and {}'.format('spam', 'eggs'))
print('{1} and {0}, {0}!'.format('spam', 'eggs'))
print('{name} is {age}'.format(name='Ada', age=36))
print('{0[0]} {0[1]} {d[key]}'.format(['x', 'y'], d={'key': 'v'}))
class P:
    x = 3
print('{p.x} {p.__class__.__name__}'.format(p=P()))
print('{:>8}|{:<8}|{:^8}|{:*^8}'.format('r', 'l', 'c', 's'))
print('{:.3f} {:8.2e} {:,} {:b} {:#o} {:x}'.format(2 / 3, 12345.678, 10 ** 7, 10, 64, 3054))
print('{!r} {!s} {!r:>6}'.format('q', 'q', 7))
print('{0:{1}}|{0:>{w}}|'.format(3.5, 6, w=5))
print('{{}} {}'.format('braces'))
print('{:%} {:.1%}'.format(0.5, 1 / 3))
print(format(3.14159, '.2f'), format(42, '08b'), format('x', '^5'), format(1e6, ','))
data = {'a': 1, 'b': 2}
print('{a}-{b}'.format(**data), '{}{}{}'.format(*'xyz'))
print('{:d}'.format(True), '{:s}'.format('s'), '{}'.format(None), '{:5}|{:5}|'.format(1, 'a'))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{:d}'.format(1.5)
except ValueError as e:
    print('ValueError:', e)
try:
    '{missing}'.format(present=1)
except KeyError as e:
    print('KeyError:', e)
