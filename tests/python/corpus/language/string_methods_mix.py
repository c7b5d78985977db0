# Language: string methods a learner reaches for: split, join, strip, replace, find, format.
s = '  Hello, World! Hello!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(' !')))
print(s.split(), s.split(','), s.strip().split('!', 1))
print(s.count('Hello'), s.find('World'), s.rfind('Hello'), s.find('x'))
print(s.replace('Hello', 'Bye', 1).strip(), s.upper().strip(), s.title().strip())
print('-'.join(['a', 'b', 'c']), ''.join(reversed('abc')), 'abc'[::-1])
print('42'.zfill(5), '3.5'.isdigit(), 'abc'.isalpha(), ' '.isspace(), 'Ab1'.isalnum())
print('a,b,,c'.split(','), 'line1\nline2\n'.splitlines(), 'x'.center(7, '*') + '|')
print('hello world'.capitalize(), 'HeLLo'.swapcase(), 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc'))
print('{:^9}|{:<4}|{:>4}|'.format('mid', 'l', 'r'), 'tab\tsep'.expandtabs(4))
print('%s has %d items costing %.2f (%5.1f%%)' % ('cart', 3, 9.5, 12.345))
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'a b'.split(' ', maxsplit=0))
print(str(12).rjust(5, '0'), 'CamelCaseName'.lower(), 'ß'.upper(), 'abc' * 2, 'b' in 'abc')
