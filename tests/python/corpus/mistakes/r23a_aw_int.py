import asyncio

async def main():
    delay = 1
    print("waiting...")
    await delay
    print("done")

asyncio.run(main())
