# tutorial 5.1: what list methods raise
fruits = ['orange', 'apple']
for f in [lambda: fruits.index('banana'), lambda: fruits.remove('banana'),
          lambda: [].pop(), lambda: fruits.pop(5), lambda: fruits.index('apple', 0, 1),
          lambda: [None, 1].sort(), lambda: [3, 'a', 1].sort(), lambda: fruits.insert(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
mixed = [1, 2.5, True]
mixed.sort()
print(mixed)
[1, 'two', 3.0].sort()
