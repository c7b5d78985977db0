# A custom task factory that counts and labels every task the factorial program creates.
import asyncio

created = []


def factory(loop, coro, **kwargs):
    task = asyncio.Task(coro, loop=loop, **kwargs)
    created.append(coro.__name__)
    return task


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    results = await asyncio.gather(factorial(3), factorial(5))
    t = asyncio.create_task(factorial(4), name="four")
    print(results, await t, t.get_name())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(factorial(2))
    print("tasks created via factory:", created)


asyncio.run(main())
