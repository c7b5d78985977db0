# Default task names count up; set_name converts to str.
import asyncio

async def noop():
    return asyncio.current_task().get_name()

async def main():
    print('main is', asyncio.current_task().get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name='custom')
    c = asyncio.create_task(noop())
    c.set_name(12345)
    d = asyncio.ensure_future(noop())
    print(await asyncio.gather(a, b, c, d))
    print(type(c.get_name()).__name__)
    e = asyncio.create_task(noop(), name=None)
    print(await e)

asyncio.run(main())
