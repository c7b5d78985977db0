# Mistake: removing items from the list being iterated skips some of them.
numbers = [2, 4, 6, 7, 8, 10]
for n in numbers:
    if n % 2 == 0:
        numbers.remove(n)
print('odd numbers?', numbers)
tasks = {'a': 1, 'b': 2}
for name in tasks:
    tasks[name + '!'] = 0
