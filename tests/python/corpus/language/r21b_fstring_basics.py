# tutorial 7.1: f-strings, format specs, !r !s !a, = specifier
year = 2016
event = 'Referendum'
print(f'Results of the {year} {event}')
yes_votes = 42_572_654
total_votes = 85_705_149
percentage = yes_votes / total_votes
print('{:-9} YES votes  {:2.2%}'.format(yes_votes, percentage))
import math
print(f'The value of pi is approximately {math.pi:.3f}.')
table = {'Sjoerd': 4127, 'Jack': 4098, 'Dcab': 7678}
for name, phone in table.items():
    print(f'{name:10} ==> {phone:10d}')
animals = 'eels'
print(f'My hovercraft is full of {animals}.')
print(f'My hovercraft is full of {animals!r}.')
print(f'{"café"!a} {animals!s:>8}|')
bugs = 'roaches'
count = 13
area = 'living room'
print(f'Debugging {bugs=} {count=} {area=}')
print(f'{count = }', f'{count*2=:>5}', f'{math.pi=:.2f}', f'{animals=!s}')
print(f'{{literal}} {count:#x} {count:#o} {count:#b} {count:08.3f} {-count:+d} {count: d}')
print(f'{1234567.891:,.2f} {1234567:_} {0.000123:e} {12345.678:g} {1e20:g} {0.5:.0%}')
w, p = 10, 3
print(f'[{math.pi:{w}.{p}f}] [{"x":^{w}}] [{"x":*<{w}}]')
print(f'{count:c}{77:c}', f'{"abc":.2}', f'{3.0:n}', f'{-0.0:.1f}', f'{1.25:.1f} {1.35:.1f}')
print(f'{count:s}')
