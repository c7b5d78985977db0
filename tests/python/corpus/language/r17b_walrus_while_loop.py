# The walrus operator in while loops and comprehensions
import random

random.seed(5)
rolls = []
while (r := random.randint(1, 6)) != 6:
    rolls.append(r)
print('rolls before a six:', rolls)

data = [3, 8, 1, 9, 4]
big = [y for x in data if (y := x * 10) > 35]
print(big, y)
if (n := len(data)) > 3:
    print(f'list has {n} items')
print([(last := v) for v in 'abc'], last)
