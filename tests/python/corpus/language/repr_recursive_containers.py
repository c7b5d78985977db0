# Containers that hold themselves print [...] and {...}, as often as one likes (one marker per level)
d = {}
d['self'] = d
print(repr(d)); print(str(d)); print(d); print([d]); print(f'{d}')
l = [1]
l.append(l)
print(l, repr(l), [l], (l,))
a, b = [], {}
a.append(b)
b['a'] = a
print(a, b, [a, b])
for _ in range(3):
    print(d, l)
print({'k': d, 'm': [d, l]})
