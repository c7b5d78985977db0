# A result class with __format__ so f-strings can ask for "short" or "full" display.
import asyncio
import math


class Big:
    __slots__ = ("n", "value")

    def __init__(self, n, value):
        self.n, self.value = n, value

    def __format__(self, spec):
        s = str(self.value)
        if spec == "short":
            return f"{s[:3]}...{s[-3:]} ({len(s)} digits)" if len(s) > 9 else s
        if spec == "":
            return f"{self.n}!"
        return format(self.value, spec)

    def __repr__(self):
        return f"Big({self.n})"


async def compute(n):
    await asyncio.sleep(0.01)
    return Big(n, math.factorial(n))


async def main():
    for b in await asyncio.gather(*map(compute, [5, 12, 40])):
        print(f"{b} = {b:short} | {b:,} | {b!r}")
    b.extra = 1


asyncio.run(main())
