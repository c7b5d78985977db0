# Self-referencing containers print with [...] and {...}; deep nesting and equality
a = [1, 2]
a.append(a)
print(a, len(a), a[2][2][0])
d = {"name": "root"}
d["self"] = d
print(d)
b = [a, a]
print(b)
x = []
x.append([x])
print(x, repr(x))
s = {"k": [d]}
print(s)
import copy
c = copy.deepcopy(a)
print(c, c[2] is c, c is a)
print(a == a)
print(a == c)
