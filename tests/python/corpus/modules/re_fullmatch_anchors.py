# fullmatch against match and search, and the anchors ^ $ \A \Z \b \B at the edges
import re
for p, s in [('a|ab', 'ab'), (r'\d+', '123'), (r'\d+', '123x'), (r'a*?', 'aaa'), (r'(a+)(b*)', 'aab'),
             (r'.*', ''), (r'', ''), (r'x?', '')]:
    m, f, r = re.match(p, s), re.fullmatch(p, s), re.search(p, s)
    print(repr(p), repr(s), m and m.span(), f and f.span(), r and r.span())
print(re.fullmatch(r'a.c', 'abcd', ) , re.compile(r'a.c').fullmatch('abcd', 0, 3))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'\B', 'a'), re.search(r'\b', 'a'))
print([m.span() for m in re.finditer(r'\b', 'ab cd')], [m.span() for m in re.finditer(r'\B', 'ab cd')])
print(re.search(r'^$', ''), re.search(r'^$', '\n'), re.search(r'\A\Z', '\n'), re.findall(r'$', '\n'))
print(re.search(r'a\Z', 'a\n'), re.search(r'a$', 'a\n'), re.search(r'a$', 'a\n\n'))
print(re.match(r'^a', 'a', re.M), re.search(r'(?m)^$', 'a\n\nb').span())
print(re.findall(r'\bis\b', 'this is island is'), re.sub(r'\B', '.', 'abc'))
