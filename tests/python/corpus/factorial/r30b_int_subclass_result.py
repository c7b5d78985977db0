# An int subclass that remembers which n it is the factorial of.
import asyncio


class FactorialInt(int):
    def __new__(cls, value, n):
        obj = super().__new__(cls, value)
        obj.n = n
        return obj

    def __repr__(self):
        return f"{self.n}!"

    def __str__(self):
        return f"{self.n}! ({int(self)})"


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return FactorialInt(f, n)


async def main():
    results = await asyncio.gather(*map(factorial, [5, 3, 4]))
    print(results)
    print(*results, sep="; ")
    print(sum(results), type(sum(results)).__name__, results[0] + 1, type(results[0] * 2).__name__)
    print(sorted(results), f"{results[0]:,}", f"{results[0]}", format(results[1], "05d"))


asyncio.run(main())
