# zip(strict=True), enumerate with start, and what happens with unequal lengths
names = ['a', 'b', 'c']
delays = [0.1, 0.2]
print(list(zip(names, delays)))
print(list(enumerate(zip(names, names[::-1]), start=10)))
pairs = dict(zip(names, range(3)))
print(pairs, list(zip(*pairs.items())))
try:
    list(zip(names, delays, strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip(delays, names, strict=True))
except ValueError as e:
    print('ValueError:', e)
for i, (n, d) in enumerate(zip(names, delays)):
    print(f'{i}: {n} waits {d:.1f}s')
print(list(zip()))
print(list(zip(names, [1, 2, 3], strict=True)), list(zip('ab', 'cd', 'ef', strict=True)))
list(zip([1], [2, 3], [4], strict=True))
