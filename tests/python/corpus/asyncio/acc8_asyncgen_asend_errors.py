# An async generator: a non-None asend to a fresh one, asend values, athrow after it finished.
import asyncio

async def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return
        total += x

async def main():
    g = acc()
    try:
        await g.asend(5)
    except TypeError as e:
        print('TypeError:', e)
    g = acc()
    print(await g.asend(None), await g.asend(5), await g.asend(10))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print('finished')
    try:
        await g.athrow(ValueError('late'))
    except ValueError as e:
        print('athrow on finished raises', repr(e))
    except StopAsyncIteration:
        print('athrow on finished: StopAsyncIteration')

asyncio.run(main())
