# VERBOSE: whitespace and comments ignored outside classes and escapes
import re
number = re.compile(r"""
    (?P<sign>[-+])?   # an optional sign
    (?P<int>\d+)      # the integer part
    (?:\.(?P<frac>\d*))?  # an optional fraction
    """, re.VERBOSE)
for s in ['42', '-3.14', '+7.', 'x']:
    m = number.match(s)
    print(s, m and m.groupdict())
print(re.findall(r'(?x) a b c ', 'abc a b c'))
print(re.findall(r'(?x) [ ] ', 'a b'))
print(re.findall(r'(?x) a\ b ', 'a b ab'))
print(re.findall(r'(?x) \# x', '#x'))
print(re.match(r'(?x) a # comment\n b', 'ab'))
print(re.match(r'(?x)a {2}', 'aa'), re.match(r'a {2}', 'a  '))
print(re.compile('a b', re.X), re.compile('(?x)a b').flags)
