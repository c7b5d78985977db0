import asyncio

async def main():
    print("wait...")
    await asyncio.sleep
    print("done")

asyncio.run(main())
