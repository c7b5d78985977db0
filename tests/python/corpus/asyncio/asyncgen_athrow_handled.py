# An async generator: anext(), athrow() handled inside (it yields again), aclose() running its finally, anext() with a default after.
import asyncio

async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    except ValueError as e:
        print('gen got', e)
        yield -1
    finally:
        print('gen cleanup')

async def main():
    g = ticker()
    print(await g.__anext__(), await anext(g))
    print(await g.athrow(ValueError('stop')))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print('exhausted')
    print(await anext(g, 'default'))

asyncio.run(main())
