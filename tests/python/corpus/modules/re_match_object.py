# the Match object: groups, spans, lastindex, lastgroup, expand and its repr
import re
m = re.search(r'(?P<key>\w+)=(?P<val>\w*)(;)?', 'set: width=80, x')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('val'), m.group(1, 'val', 3))
print(m[0], m[1], m['key'], m.groups(), m.groups('-'))
print(m.groupdict(), m.groupdict('?'))
print(m.start(), m.end(), m.span(), m.span(2), m.start('key'), m.span(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re, m.string)
print(m.expand(r'\2 for \g<key>'), m.expand(r'[\g<0>]'))
print(re.match(r'(a)(b)?', 'ac').groups(), re.match(r'(a)(b)?', 'ac').lastindex)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(?P<z>b)', 'ab').lastgroup)
print(re.match(r'a', 'a').lastindex, re.match(r'a', 'a').lastgroup, re.match(r'a', 'a').groups())
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(?:(a)|b)+', 'ab').groups())
print(re.match(r'x*', 'y'), re.match('.*', 'x' * 80))
print(re.match(r"'", "'"), re.match('\n', '\n'), bool(re.match('', '')))
for bad in [5, -1, 'nope']:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start(9)
except IndexError as e:
    print(e)
print(type(m).__name__, type(m.re).__name__)
