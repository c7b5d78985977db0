# A class with __format__ so f"{result:sci}" and f"{result:full}" both work.
import asyncio


class Big:
    def __init__(self, n, value):
        self.n, self.value = n, value

    def __format__(self, spec):
        if spec == "sci":
            s = str(self.value)
            return f"{s[0]}.{s[1:4]}e+{len(s) - 1}"
        if spec == "full":
            return f"{self.n}! = {self.value:,}"
        return format(self.value, spec)


async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.001)
    return Big(n, v)


async def main():
    for b in await asyncio.gather(*map(factorial, [10, 25, 52])):
        print(f"{b:full}")
        print(f"{b:sci} | {b:>12.3e} | {b!s:.9}")
    print("{0:sci} {0:x}".format(await factorial(5)))
    print(f"{await factorial(3):bogus}")


asyncio.run(main())
