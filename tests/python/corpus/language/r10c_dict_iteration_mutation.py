d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        if d[k] == 2:
            del d[k]
except RuntimeError as e:
    print(e)
print(d)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] == 2:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print(e)
lst = [1, 2, 3, 4]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
d2 = {i: i for i in range(3)}
for k in d2:
    d2[k] = k * 100
print(d2)
try:
    for k in d2:
        d2[k + 10] = 0
except RuntimeError as e:
    print(e)
print(len(d2))
