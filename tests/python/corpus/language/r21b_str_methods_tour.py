# str methods a learner tries after chapter 3
s = '  Hello, World!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(' !H')))
t = 'the quick brown fox'
print(t.title(), t.capitalize(), t.upper(), t.swapcase(), 'ß'.upper(), 'ǅ'.lower(), 'ß'.casefold())
print(t.split(), t.split(' ', 1), t.rsplit(' ', 1), 'a,b,,c'.split(','), '  a  b '.split(' '))
print(t.find('q'), t.find('z'), t.rfind('o'), t.index('brown'), t.count('o'), t.startswith(('a', 'th')))
print(t.replace('o', '0'), t.replace('o', '0', 1), '-'.join(['a', 'b', 'c']), t.partition(' '), t.rpartition(' '))
print('line1\nline2\r\nline3'.splitlines(), 'line1\nline2\n'.splitlines(True), 'a\tb\tc'.expandtabs(4))
print('abc'.isalpha(), '123'.isdigit(), '²'.isdigit(), '²'.isdecimal(), 'abc1'.isalnum(), ' '.isspace(), 'Ab Cd'.istitle())
print('hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'x'.join('123'), 'abc' * 0, 'ab' in 'cab')
print("they're bill's friends".title(), 'hello world'.center(21, '='), ord('A'), chr(9731), 'é'.encode())
print(str.maketrans('ab', 'xy'), 'aabbcc'.translate(str.maketrans('ab', 'xy', 'c')))
print('%s' % 'x'.zfill(3), 'Straße'.lower() == 'strasse', 'Straße'.casefold() == 'strasse')
print('a b'.split(None), ''.split(), ''.split(','), 'abc'.endswith('c', 0, 2))
print('abc'.index('z'))
