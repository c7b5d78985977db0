# Making tasks with asyncio.Task(...) directly and with loop.create_task, and comparing names.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.Task(factorial(4), name="direct")
    t2 = loop.create_task(factorial(5))
    t3 = asyncio.ensure_future(factorial(6))
    print(t1.get_name(), t2.get_name().startswith("Task-"), t3.get_name().startswith("Task-"))
    t2.set_name(42)
    print(repr(t2.get_name()), await t1, await t2, await t3)
    print(isinstance(t1, asyncio.Future), asyncio.isfuture(t1), asyncio.isfuture(factorial))
    print(t1.get_loop() is loop, t1.done(), t1.cancelled(), t1.exception())


asyncio.run(main())
