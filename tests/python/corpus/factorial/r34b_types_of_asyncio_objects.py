# What type is everything? Printing the types and reprs of the asyncio objects in my factorial program.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def main():
    loop = asyncio.get_running_loop()
    print(loop)
    print(type(loop))
    task = asyncio.create_task(factorial(4))
    fut = loop.create_future()
    print(type(task), type(fut), asyncio.Task.__module__)
    print(fut)
    fut.set_result(24)
    print(fut, type(asyncio.Queue()), type(asyncio.timeout(1)))
    coro = factorial(3)
    print(type(coro), type(asyncio.as_completed([coro])).__name__)
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        tg.create_task(factorial(2))
        print(tg)
    print(tg, await task)
    async with asyncio.timeout(None) as cm:
        print(cm)
    print(cm)


asyncio.run(main())
