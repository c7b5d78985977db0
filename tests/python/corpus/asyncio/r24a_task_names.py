import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="custom")
    c = asyncio.create_task(noop(), name=123)
    print(a.get_name(), b.get_name(), repr(c.get_name()))
    a.set_name("renamed")
    b.set_name(None)
    print(a.get_name(), repr(b.get_name()))
    await asyncio.gather(a, b, c)
    d = asyncio.ensure_future(noop())
    print(d.get_name())
    await d
    print(a.get_coro().__name__, a.get_coro().__qualname__)

asyncio.run(main())
