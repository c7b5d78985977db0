# MULTILINE and DOTALL: ^ $ and . around newlines, \A and \Z
import re
text = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', text))
print(re.findall(r'^\w+', text, re.M))
print(re.findall(r'\w+$', text), re.findall(r'\w+$', text, re.MULTILINE))
print(re.findall(r'\w+$', 'ab\n'), re.findall(r'\w+\Z', 'ab\n'))
print(re.search(r'line.second', text), re.search(r'line.second', text, re.S).group())
print(re.search(r'(?s)line.second', text).span())
print(re.findall(r'.+', text))
print(re.findall(r'.+', 'a\nb', re.DOTALL))
print(re.findall(r'\Afirst', text, re.M), re.findall(r'\A\w+', text, re.M))
print(re.findall(r'^', 'a\nb\n', re.M), re.findall(r'$', 'a\nb\n', re.M))
print([m.start() for m in re.finditer(r'$', 'a\nb\n')])
print(re.match(r'(?ms)^a.b$', 'a\nb'), re.match(r'(?m)a$\nb', 'a\nb'))
print(re.compile(r'x', re.M | re.S), re.compile(r'(?sm)x').flags)
print(re.sub(r'(?m)^\s+', '', '  a\n    b\n c'))
print(re.search(r'^b', 'a\nb', re.M).span(), re.search(r'^b', 'a\nb'))
