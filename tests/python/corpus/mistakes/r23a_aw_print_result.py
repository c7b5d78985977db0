import asyncio

async def main():
    await print("starting up")
    print("started")

asyncio.run(main())
