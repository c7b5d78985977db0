# Adding another task to a TaskGroup after its async with block has finished.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(factorial(4))
        t2 = tg.create_task(factorial(6))
    print("inside results:", t1.result(), t2.result())
    late = tg.create_task(factorial(8))
    print("late:", await late)


asyncio.run(main())
