# A timeout around a whole TaskGroup: the big factorial makes the group too slow, uncaught.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    print(f"{n}! = {r}")
    return r


async def main():
    async with asyncio.timeout(0.3):
        async with asyncio.TaskGroup() as tg:
            for n in (3, 4, 20):
                tg.create_task(factorial(n))
    print("all done")


asyncio.run(main())
