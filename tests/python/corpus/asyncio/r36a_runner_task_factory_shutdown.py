# A task factory that tags tasks stays installed through asyncio.run's shutdown steps
import asyncio

names = []


def factory(loop, coro, **kw):
    names.append(getattr(coro, "__qualname__", type(coro).__name__))
    return asyncio.Task(coro, loop=loop, **kw)


async def agen():
    yield 1


async def main():
    asyncio.get_running_loop().set_task_factory(factory)
    await asyncio.create_task(asyncio.sleep(0))
    g = agen()
    await anext(g)
    await asyncio.to_thread(print, "in thread")


asyncio.run(main())
print(names)
