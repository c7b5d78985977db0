# A task factory that names every task after its coroutine and counts how many it made
import asyncio

made = []


def factory(loop, coro, **kwargs):
    kwargs.setdefault("name", None)
    task = asyncio.Task(coro, loop=loop, **kwargs)
    if kwargs["name"] is None:
        task.set_name(f"{coro.__qualname__}#{len(made)}")
    made.append(task.get_name())
    return task


async def leaf(n):
    await asyncio.sleep(0.01 * n)
    return asyncio.current_task().get_name()


async def main():
    asyncio.get_running_loop().set_task_factory(factory)
    names = await asyncio.gather(leaf(1), leaf(2), asyncio.create_task(leaf(3), name="custom"))
    print(names)
    print(made)
    print(asyncio.get_running_loop().get_task_factory() is factory)


asyncio.run(main())
