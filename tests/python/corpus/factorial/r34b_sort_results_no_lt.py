# Sorting result objects that have no ordering, then a list with a None in it.
import asyncio


class Result:
    def __init__(self, n, value):
        self.n, self.value = n, value

    def __repr__(self):
        return f"Result({self.n}, {self.value})"


async def factorial(n):
    await asyncio.sleep(0.01)
    if n > 10:
        return None
    v = 1
    for i in range(2, n + 1):
        v *= i
    return Result(n, v)


async def main():
    results = await asyncio.gather(*(factorial(n) for n in (6, 3, 12, 5)))
    print(results)
    print(sorted((r for r in results if r), key=lambda r: r.value))
    try:
        print(sorted(results))
    except TypeError as e:
        print("TypeError:", e)
    print(sorted(r.value for r in results))


asyncio.run(main())
