# findall's group rules: whole matches, one group's strings, several groups' tuples
import re
line = 'x=10, y=200, z=3'
print(re.findall(r'\d+', line))
print(re.findall(r'(\w)=\d+', line))
print(re.findall(r'(\w)=(\d+)', line))
print(re.findall(r'(\w)=(\d+)?(;)?', line))
print(re.findall(r'(?:\w)=(\d+)', line))
print(re.findall(r'((\w)=(\d+))', line))
print(re.findall(r'a|(b)', 'abab'))
print(re.findall(r'', 'abc'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'\d*', '1a22'))
print(re.findall(r'\b\w', 'hello big world'))
print(re.findall(r'[aeiou]', 'programming language'))
print(re.findall(r'(?P<n>\d)(?P<m>\d)', '1234567'))
print(re.findall(r'\d+', ''), re.findall(r'q', 'abc'))
print(re.findall(r'\w+', 'one, two;three  four'))
for m in re.finditer(r'\d+', line):
    print(m.group(), m.span(), m.start(), m.end())
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print([m.group() for m in re.finditer(r'\w+', 'ab cd', )])
