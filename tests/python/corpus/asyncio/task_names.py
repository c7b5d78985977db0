# Task names: Task-N by default, name= and set_name(); get_coro() and the repr of a running task.
import asyncio

async def work():
    me = asyncio.current_task()
    print('running as', me.get_name())
    await asyncio.sleep(0.01)
    return me.get_name()

async def main():
    print('main is', asyncio.current_task().get_name())
    a = asyncio.create_task(work())
    b = asyncio.create_task(work(), name='fetcher')
    c = asyncio.create_task(work())
    c.set_name('renamed')
    print([t.get_name() for t in (a, b, c)])
    print(type(b.get_coro()).__name__, b.get_coro().__qualname__)
    print(await asyncio.gather(a, b, c))
    d = asyncio.create_task(work(), name=42)
    print(repr(d.get_name()), await d)
    print(repr(a).split(' coro=')[0] + '>')

asyncio.run(main())
