# long strings: no recursion per character in greedy, lazy and group repeats
import re
s = 'x' * 100000
print(len(re.match(r'.*', s).group()), len(re.match(r'.*?$', s).group()))
m = re.match(r'(x)*', s[:50000])
print(len(m.group()), m.span(1), m.lastindex)
ab = 'ab' * 25000
print(len(re.match(r'(a|b)*', ab).group()), len(re.fullmatch(r'(?:ab)+', ab).group()))
print(re.search(r'(a|b)*c', ab + 'c').span())
print(len(re.findall(r'x', s)), len(re.sub(r'x', 'yy', s)))
print(re.search(r'x*y', s[:1000]), re.search(r'x+$', s).span())
print(len(re.match(r'[xy]+?$', s).group()), len(re.match(r'(?:x|y)+?$', s[:20000]).group()))
t = ('word ' * 20000).strip()
print(len(re.findall(r'\w+', t)), len(re.split(r'\s', t)))
print(re.search(r'(\w+) \1$', t[-3000:]).group(1))
print(len(re.match(r'(?s).*', 'a\n' * 30000).group()))
