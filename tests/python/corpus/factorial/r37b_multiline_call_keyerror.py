# A KeyError inside a multi-line print call when I look up a number I never computed.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def main():
    nums = [5, 7, 3, 6]
    table = dict(zip(nums, await asyncio.gather(*map(factorial, nums))))
    print(
        "5! + 7! =",
        table[5]
        + table[7],
    )
    print(
        "8! =",
        table[8],
        "and that's all",
    )


asyncio.run(main())
