# set.symmetric_difference_update and the in-place set operators, float.conjugate, reversed() of dicts, views and ranges, a deque repeated with * and *=
from collections import deque
s = {1, 2, 3}
s.symmetric_difference_update({3, 4})
print(sorted(s))
s ^= {1}
s |= {9}
s &= {2, 4, 9}
s -= {4}
print(sorted(s))
print((3.5).conjugate(), (2).conjugate(), True.conjugate())
d = deque([1, 2])
print(d * 2, 2 * d, d)
d *= 2
print(d, len(d))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed(range(3))), list(reversed([1, 2])))
s2 = {1, 2}
s2.symmetric_difference_update(s2)
print(s2, deque([1, 2, 3], maxlen=4) * 2)
try:
    deque([1]) * 1.5
except TypeError as e:
    print("TypeError:", e)
s2.symmetric_difference_update()
