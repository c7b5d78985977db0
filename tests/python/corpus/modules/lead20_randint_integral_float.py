# random.randint(1, n / 2) works in CPython 3.11 when the float is integral, and the seeded sequence goes on the same
import random, asyncio
random.seed(3)
for a, b in [(1, 10/2), (1.0, 5), (0.5, 3), (1, 7.5)]:
    try:
        print(random.randint(a, b))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(10/2,), (0, 10, 2.0), (2.5,), (0, 5, 0.5)]:
    try:
        print(random.randrange(*args))
    except Exception as e:
        print(type(e).__name__, e)
for pop in [{1, 2, 3}, {'a': 1, 'b': 2}, range(5), 'abc', (1, 2)]:
    try:
        print(random.sample(pop, 2))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(random.choice({1, 2}))
except Exception as e:
    print(type(e).__name__, e)
print(sum([1, 2], start=10), sum([[1], [2]], []))
async def w(): return 1
async def main():
    try:
        await asyncio.gather([w(), w()])
    except TypeError as e:
        print('TypeError', e)
    try:
        await asyncio.gather({'a': w()})
    except TypeError as e:
        print('TypeError', e)
asyncio.run(main())
