# Containers that contain themselves: printing recursive lists and dicts, and equality traps
a = [1, 2]
a.append(a)
print(a, len(a), a[2][2][2][0])
d = {"name": "loop"}
d["self"] = d
print(d, str(d) == repr(d))
b = [a, a]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
from collections import OrderedDict, deque
od = OrderedDict(k=1)
od["me"] = od
dq = deque([1])
dq.append(dq)
print(od, dq)
s = {"k": [d]}
print(s)
print(a == a, a in a)
print([a] == [a])
c = [1]
c.append(c)
print(c == a)
