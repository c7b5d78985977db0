# RegexFlag values and their reprs, and flags as ints
import re
print(re.I, re.IGNORECASE, repr(re.M), str(re.S))
print(re.I | re.M, re.M | re.I, re.I | re.M | re.S | re.X)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U))
print(re.I == 2, re.A & re.A, (re.I | re.M) & re.M, re.NOFLAG)
print(type(re.I).__name__, isinstance(re.I, int), re.I + 0)
print(re.compile('x', re.I | re.S).flags, re.compile('x').flags, re.compile('x', re.A).flags)
print(re.compile('(?a)x').flags, re.compile('(?u)x').flags, re.compile('(?x)x').flags)
print('%s and %r' % (re.I, re.M), f'{re.I}')
print(re.search('x', 'X', 2), re.search('x', 'X', flags=re.I | 0))
for bad in [re.A | re.U]:
    try:
        re.compile('x', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile('x', re.L)
except ValueError as e:
    print('ValueError', e)
