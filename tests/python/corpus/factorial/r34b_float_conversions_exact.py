# How exactly do big factorials survive a trip through float? Compare float(n!) with n!.
import asyncio
import math


async def fact(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    values = await asyncio.gather(*(fact(n) for n in range(18, 27)))
    for n, v in zip(range(18, 27), values):
        f = float(v)
        back = int(f)
        print(f"{n}! = {v} -> {f!r} -> {back} ({'exact' if back == v else 'diff ' + str(back - v)})")
    print(values[5] / 7, values[5] // 7, values[8] / values[0], 1 / values[8])
    print(float(values[2]).as_integer_ratio(), (1 / values[0]).hex())


asyncio.run(main())
