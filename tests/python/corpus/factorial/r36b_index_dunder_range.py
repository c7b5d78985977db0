# A Number class with __index__ works with range() and math.factorial; __int__ alone does not.
import asyncio
import math


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class OnlyInt:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.01)
    return r


async def main():
    print(await factorial(Idx(5)), math.factorial(Idx(6)), [10, 20, 30][Idx(1)], bin(Idx(5)))
    print(int(OnlyInt(4)), math.factorial(int(OnlyInt(4))))
    for fn in (lambda: math.factorial(OnlyInt(4)), lambda: range(OnlyInt(3))):
        try:
            fn()
        except TypeError as e:
            print("TypeError:", e)
    await factorial(OnlyInt(4))


asyncio.run(main())
