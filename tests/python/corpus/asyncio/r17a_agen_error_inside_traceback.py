# an exception inside an async generator reaches the async for, uncaught
import asyncio

async def readings():
    yield 20.5
    yield 21.0
    raise ConnectionError('sensor lost')

async def main():
    async for r in readings():
        print('reading', r)

asyncio.run(main())
