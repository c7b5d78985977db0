# tutorial 5.2: the del statement on items, slices and names
a = [-1, 1, 66.25, 333, 333, 1234.5]
del a[0]
print(a)
del a[2:4]
print(a)
del a[:]
print(a)
b = list(range(10))
del b[::2]
print(b)
d = {'x': 1, 'y': 2}
del d['x']
print(d)
x, y = 1, 2
del x, y
try:
    print(x)
except NameError as e:
    print(e)
del a
a
