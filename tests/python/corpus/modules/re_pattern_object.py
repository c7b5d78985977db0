# compiled Patterns: attributes, repr, methods with pos and endpos
import re
p = re.compile(r'(?P<word>[a-z]+)(\d)?')
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.search('12abc3'), p.search('12abc3', 3), p.search('12abc3', 2, 4))
print(p.match('12abc3'), p.match('12abc3', 2), p.fullmatch('abc3'), p.fullmatch('abc3', 0, 3))
print(p.findall('ab1 cd ef2'), p.findall('ab1 cd ef2', 3), p.findall('ab1 cd ef2', 0, 5))
print([m.span() for m in p.finditer('ab1 cd', 1)])
m = p.search('xx abc', 1, 5)
print(m, m.pos, m.endpos)
print(re.compile(r'^a').search('ba', 1), re.compile(r'^a', re.M).search('ba', 1))
print(re.compile(r'a$').search('ab', 0, 1), re.compile(r'\ba').search('ba', 1))
print(re.compile('a+', re.IGNORECASE), re.compile('a', re.I | re.M | re.X), re.compile('a', re.A))
print(re.compile('a', re.U), re.compile("it's"), re.compile('x' * 210) == re.compile('x' * 210))
print(re.compile('a', re.S | re.A | re.I))
print(re.compile(r'\d') == re.compile(r'\d'), re.compile(r'\d') == re.compile(r'\d', re.I))
print(re.compile(p) is p, re.search(p, 'zz9 q'))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
print(p.search('abc', 10), p.match('abc', -5), p.search('abc', 2, 1))
print(p.sub('#', 'ab1 cd'), p.split('1ab2cd'))
