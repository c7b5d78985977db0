# Student tries to print "5!" with an f-string by writing {n!}: the ! starts a conversion.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    for n in [3, 4]:
        print(f"{n!} = {await factorial(n)}")


asyncio.run(main())
