# Newer and rarer str methods: removeprefix/suffix, casefold, expandtabs, partition, format_map, isdecimal
line = 'task:worker-1.log'
print(line.removeprefix('task:'), line.removesuffix('.log'), line.removeprefix('x'))
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ǅ'.lower(), 'ǆ'.title())
print('a\tbb\tccc'.expandtabs(4) + '|', 'x\ty'.expandtabs() + '|')
print('{name} is {n:>3}'.format_map({'name': 'w', 'n': 7}))
print('١٢٣'.isdecimal(), '½'.isnumeric(), '²'.isdigit(), '²'.isdecimal(), int('١٢٣'))
print('Hello World'.swapcase(), 'hello'.capitalize(), 'ab cd'.title(), "they're".title())
print('a-b-c'.rsplit('-', 1), 'a-b-c'.split('-', 1), '  x  '.lstrip() + '|', 'xxhixx'.strip('x'))
print('abc'.center(8, '*'), 'abc'.zfill(6), '-5'.zfill(4), '+5'.zfill(4))
print(' '.join(reversed('one two three'.split())), 'mississippi'.count('ss'), 'abc'.rfind('c'))
print('%s|%5s|%-5s|%.2s' % ('x', 'y', 'z', 'long'))
print('tab'.index('z'))
