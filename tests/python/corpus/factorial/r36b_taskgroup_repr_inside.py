# Printing the TaskGroup object itself while it runs and after, to see what it says.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    tg = asyncio.TaskGroup()
    print("before:", repr(tg))
    async with tg:
        for n in (3, 4, 5):
            tg.create_task(factorial(n), name=f"f{n}")
        print("inside:", repr(tg))
    print("after:", repr(tg))
    try:
        tg.create_task(factorial(2))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
