# IndexError and friends a learner meets with lists, strings, tuples, ranges
items = ['a', 'b', 'c']
print(items[len(items) - 1], items[-3])
for bad in [lambda: items[3], lambda: items[-4], lambda: 'abc'[10], lambda: (1, 2)[2],
            lambda: range(3)[5], lambda: items.pop(10), lambda: [][0], lambda: items['1'],
            lambda: items[1.0]]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
items[3] = 'd'
