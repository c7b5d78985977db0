import asyncio

async def main():
    b = asyncio.Barrier(2)
    async def late():
        await asyncio.sleep(0.01)
        await b.abort()
    asyncio.create_task(late())
    await b.wait()

asyncio.run(main())
