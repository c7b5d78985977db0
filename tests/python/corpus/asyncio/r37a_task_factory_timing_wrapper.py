# A task factory that wraps every coroutine to log when tasks start and finish, keeping their names
import asyncio

log = []


def factory(loop, coro, **kwargs):
    async def traced():
        name = asyncio.current_task().get_name()
        log.append(f"start {name}")
        try:
            return await coro
        finally:
            log.append(f"end {name}")
    return asyncio.Task(traced(), loop=loop, **kwargs)


async def leaf(n):
    await asyncio.sleep(0.01 * n)
    return n * 2


async def main():
    asyncio.get_running_loop().set_task_factory(factory)
    a = asyncio.create_task(leaf(2), name="A")
    b = asyncio.create_task(leaf(1), name="B")
    print(await asyncio.gather(a, b))
    print(asyncio.get_running_loop().get_task_factory() is factory)
    print(log)


asyncio.run(main())
