# reprs of finished tasks: result, exception, cancelled (no running coroutine location)
import asyncio

async def value():
    return [1, 2]

async def boom():
    raise ValueError('nope')

async def main():
    a = asyncio.create_task(value(), name='val')
    b = asyncio.create_task(boom(), name='boom')
    c = asyncio.create_task(value(), name='cx')
    c.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    for t in (a, b, c):
        print(repr(t).replace(__file__, "HERE"))

asyncio.run(main())
