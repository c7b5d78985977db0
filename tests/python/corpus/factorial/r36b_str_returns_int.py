# A result class whose __str__ returns the number itself instead of a string.
import asyncio


class FactResult:
    def __init__(self, n, value):
        self.n = n
        self.value = value

    def __str__(self):
        return self.value

    def __repr__(self):
        return f"FactResult({self.n})"


async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.01)
    return FactResult(n, v)


async def main():
    results = await asyncio.gather(factorial(3), factorial(5))
    print(results)
    print(f"{results[0]!r}")
    for r in results:
        print(r)


asyncio.run(main())
