# del on names, list items, slices, dict keys and attributes.
items = [0, 1, 2, 3, 4, 5, 6]
del items[0]
print(items)
del items[1:3]
print(items)
del items[::2]
print(items)

d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)

class Box:
    pass

box = Box()
box.content = 'gift'
print(hasattr(box, 'content'))
del box.content
print(hasattr(box, 'content'))

name = 'temporary'
del name
try:
    print(name)
except NameError as e:
    print('NameError:', e)

a, b = 1, 2
del a, b
print('a' in globals(), 'b' in globals())
try:
    del d['zzz']
except KeyError as e:
    print('KeyError:', e)
