# functools.reduce with and without an initial value, on empty input, and its errors.
import asyncio
import operator
from functools import reduce

async def factorial(n):
    await asyncio.sleep(0.01)
    return reduce(operator.mul, range(1, n + 1), 1)

async def main():
    print(await asyncio.gather(*(factorial(n) for n in range(0, 8))))
    print(reduce(lambda acc, x: acc + [acc[-1] * x], range(1, 6), [1]))
    print(reduce(operator.mul, [5]), reduce(operator.add, [], 0))
    try:
        reduce(operator.mul, [])
    except TypeError as e:
        print("TypeError:", e)
    try:
        reduce(operator.mul, 5)
    except TypeError as e:
        print("TypeError:", e)
    print(reduce(lambda a, b: f"({a}*{b})", "12345"))
    print(reduce(max, [3, 9, 2], 0), reduce(operator.mul, range(1, 21)) == 2432902008176640000)

asyncio.run(main())
