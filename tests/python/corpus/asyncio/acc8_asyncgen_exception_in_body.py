# An exception inside an async generator reaches the async for; the generator is then finished.
import asyncio

async def readings():
    yield 1
    yield 2
    raise ConnectionError('sensor lost')
    yield 3

async def main():
    g = readings()
    try:
        async for r in g:
            print('reading', r)
    except ConnectionError as e:
        print('caught', e)
    print([x async for x in g])
    async for r in readings():
        print('again', r)

asyncio.run(main())
