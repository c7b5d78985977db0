# random.choices with and without weights, cum_weights, k, and its errors, seeded.
import random

random.seed(2024)
print(random.choices('abc', k=5), random.choices([1, 2, 3]))
print(random.choices(range(5), weights=[1, 0, 3, 0, 1], k=6))
print(random.choices('xyz', cum_weights=[1, 1, 5], k=4), random.choices(['a', 'b'], [0.25, 0.75], k=3))
dice = [sum(random.choices(range(1, 7), k=2)) for _ in range(10)]
print(dice, random.random())
for bad in [lambda: random.choices('ab', 3), lambda: random.choices('ab', [1]),
            lambda: random.choices('ab', [0, 0]), lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]),
            lambda: random.choices([], k=2)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(random.choices([], k=0), random.randint(1, 6))
