# Calling a built-in type's dunders by name, as tutorials on iterators
# and protocols do: gen.__next__(), iter(x).__next__(), [].__len__(),
# d.__getitem__(k), [1].__repr__() (it gave object's repr before),
# (1).__lt__(2), None.__eq__(None) (a TypeError before); and
# type(it).__mro__ of an iterator (crashed before).
def countdown(n):
    while n:
        yield n
        n -= 1

g = countdown(3)
print(g.__next__(), next(g), g.__next__())
try:
    g.__next__()
except StopIteration:
    print('StopIteration from __next__')

for it in [iter([1, 2]), iter((3,)), iter('ab'), iter(range(5, 7)), iter({'k': 1}),
           iter({'k': 1}.values()), iter({'k': 1}.items()), iter({9}), enumerate('xy'), zip('ab', 'cd'),
           map(abs, [-4]), filter(None, [0, 7])]:
    print(type(it).__name__, it.__next__(), it.__iter__() is it)
print(type(iter([])).__mro__)

xs, d, s = [3, 1, 2], {'a': 1}, 'hello'
print(xs.__len__(), d.__len__(), s.__len__(), range(4).__len__(), (1, 2).__len__())
print(xs.__getitem__(0), d.__getitem__('a'), s.__getitem__(1), (7, 8).__getitem__(-1))
print(xs.__contains__(2), d.__contains__('z'), s.__contains__('ell'))
xs.__setitem__(0, 30)
d.__setitem__('b', 2)
d.__delitem__('a')
print(xs, d)
print(xs.__repr__(), s.__repr__(), d.__str__(), (1.5).__repr__())
print((1).__lt__(2), 'b'.__gt__('a'), [1].__eq__([1]), (1).__ne__(1), 'a'.__lt__(1))
print((5).__hash__() == hash(5), 'x'.__hash__() == hash('x'), (0).__bool__(), (2.5).__bool__())
print(None.__eq__(None), None.__repr__(), None.__bool__(), None.__ne__(0))
print(list.__len__([1, 2, 3]), str.__getitem__('abc', 2), dict.__contains__({1: 2}, 1))
try:
    d.__getitem__('missing')
except KeyError as e:
    print('KeyError', e)
try:
    xs.__len__(1)
except TypeError as e:
    print('TypeError:', e)
