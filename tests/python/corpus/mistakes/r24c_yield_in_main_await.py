import asyncio

async def producer():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i

async def main():
    values = await producer()
    print(values)

asyncio.run(main())
