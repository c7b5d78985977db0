import asyncio

async def slow():
    await asyncio.sleep(1)

async def main():
    async with asyncio.timeout(0.02):
        await slow()
    print("never")

asyncio.run(main())
