# test_asyncgen: an exception inside an async generator consumed by a task reaches main with every frame
import asyncio

async def readings():
    for v in (3, 2, 0):
        await asyncio.sleep(0)
        yield 6 // v

async def consumer():
    total = 0
    async for r in readings():
        total += r
        print('read', r)
    return total

async def main():
    print(await asyncio.create_task(consumer()))

asyncio.run(main())
