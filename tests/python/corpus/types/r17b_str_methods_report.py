# String methods for a small report: split, join, strip, title, replace, find, center
line = '  worker-A, worker-B ,worker-C  '
names = [n.strip() for n in line.split(',')]
print(names)
print(' | '.join(names).center(40, '*'))
print('hello world'.title(), 'Hello'.swapcase(), 'abc'.upper().lower())
s = 'do_something - will wait for worker'
print(s.find('wait'), s.find('zzz'), s.count('w'), s.startswith('do_'), s.endswith('er'))
print(s.replace('worker', 'task', 1).split(' - '))
print(s.partition(' - '), s.rpartition(' '))
print('42'.zfill(5), 'x'.ljust(3, '.') + '|', 'x'.rjust(3) + '|')
print('a,b,,c'.split(','), 'a b  c'.split(), 'line1\nline2'.splitlines())
print('Python'.isalpha(), '123'.isdigit(), ' '.isspace(), 'abc1'.isalnum())
print(s.index('zzz'))
