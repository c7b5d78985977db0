import asyncio

asyncio.run(main())

async def main():
    await asyncio.sleep(0.01)
    print("main ran")
