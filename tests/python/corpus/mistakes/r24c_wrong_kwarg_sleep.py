import asyncio

async def main():
    await asyncio.sleep(delay=0.01)
    print("slept")
    await asyncio.sleep(0.01, value="x")

asyncio.run(main())
