# Default task names count up across the program; set_name takes any object and keeps str() of it
import asyncio

async def noop():
    pass

async def main():
    me = asyncio.current_task()
    print(me.get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name=None)
    c = asyncio.create_task(noop(), name=123)
    print(a.get_name(), b.get_name(), repr(c.get_name()))
    a.set_name(('tuple', 1))
    print(repr(a.get_name()))
    await asyncio.gather(a, b, c)
    d = asyncio.ensure_future(noop())
    print(d.get_name())
    await d

asyncio.run(main())
