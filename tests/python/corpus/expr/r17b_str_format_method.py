# str.format with positions, names, attributes, indexes and specs
print('{} and {}'.format('spam', 'eggs'))
print('{1} and {0}, {1}'.format('spam', 'eggs'))
print('{name} is {age:>3} years'.format(name='Bob', age=7))
point = {'x': 1.5, 'y': -2}
print('x={0[x]:.2f} y={0[y]:+d}'.format(point))
class P:
    def __init__(self):
        self.name = 'task-1'
print('{0.name!r:>12}|'.format(P()))
print('{:=^20}'.format(' report '))
print('{:,} {:_b} {:.3e}'.format(10**6, 255, 12345.6789))
row = '{:<8}{:>6}{:>8.1f}'
for name, n, avg in [('alpha', 3, 2.25), ('beta', 12, 10.0)]:
    print(row.format(name, n, avg))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{} {}'.format('only one'))
