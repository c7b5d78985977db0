# A result class with different __str__ and __repr__: which one appears in print, lists, dicts and f-strings?
import asyncio


class Result:
    def __init__(self, n, value):
        self.n, self.value = n, value

    def __str__(self):
        return f"{self.n}! = {self.value}"

    def __repr__(self):
        return f"Result({self.n!r}, {self.value!r})"


async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        v *= i
    return Result(n, v)


async def main():
    results = await asyncio.gather(factorial(4), factorial(5))
    print(results[0])
    print(results)
    print({r.n: r for r in results})
    print(f"{results[1]} | {results[1]!r} | {results[1]!s:>15} | {str(results)}")
    print("%s / %r" % (results[0], results[0]), (results[0],))
    print("{0} {0!r}".format(results[1]))


asyncio.run(main())
