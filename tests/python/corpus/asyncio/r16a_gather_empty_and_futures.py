# gather() of nothing, of plain futures and of awaitables of one kind mixed
import asyncio

async def coro():
    return 'coro'

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.gather())
    f = loop.create_future()
    loop.call_later(0.1, f.set_result, 'future')
    t = asyncio.ensure_future(coro())
    print(await asyncio.gather(f, t, coro()))
    g = asyncio.gather()
    print(type(g).__name__, g.done(), g.result())

asyncio.run(main())
