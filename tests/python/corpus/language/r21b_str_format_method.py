# tutorial 7.1.2: str.format with positions, names, indexing, attributes, ** and vars()
print('We are the {} who say "{}!"'.format('knights', 'Ni'))
print('{0} and {1}'.format('spam', 'eggs'))
print('{1} and {0}'.format('spam', 'eggs'))
print('This {food} is {adjective}.'.format(food='spam', adjective='absolutely horrible'))
print('The story of {0}, {1}, and {other}.'.format('Bill', 'Manfred', other='Georg'))
table = {'Sjoerd': 4127, 'Jack': 4098, 'Dcab': 8637678}
print('Jack: {0[Jack]:d}; Sjoerd: {0[Sjoerd]:d}; '
      'Dcab: {0[Dcab]:d}'.format(table))
print('Jack: {Jack:d}; Sjoerd: {Sjoerd:d}; Dcab: {Dcab:d}'.format(**table))
for x in range(1, 11):
    print('{0:2d} {1:3d} {2:4d}'.format(x, x*x, x*x*x))
class P:
    def __init__(self):
        self.x, self.y = 3, 4
p = P()
print('{0.x},{0.y} {p.x}'.format(p, p=p), '{:{}{}}'.format('ab', '>', 6))
print('Point: {x} {y}'.format_map(vars(p)))
print('{!r:>8}|{!s:<6}|{:^7}|'.format('a', 'b', 'c'))
print('{0}{1}{0}'.format('abra', 'cad'))
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print(e)
try:
    '{} {}'.format(1)
except IndexError as e:
    print(e)
try:
    '{name}'.format(nome=1)
except KeyError as e:
    print('KeyError', e)
print('{:d}'.format(2.5))
