# A custom task factory numbers every task it creates and tags its name; get_task_factory returns it
import asyncio

created = []


def numbering_factory(loop, coro, **kwargs):
    task = asyncio.Task(coro, loop=loop, **kwargs)
    created.append(task)
    task.set_name(f"job#{len(created)}:{coro.__name__}")
    return task


async def leaf(x):
    return x * 10


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(numbering_factory)
    print(loop.get_task_factory() is numbering_factory)
    results = await asyncio.gather(leaf(1), leaf(2))
    t = asyncio.create_task(leaf(3), name="ignored")
    print(results, await t)
    print([x.get_name() for x in created])
    loop.set_task_factory(None)
    print(asyncio.create_task(leaf(4)).get_name().startswith("Task-"))


asyncio.run(main())
