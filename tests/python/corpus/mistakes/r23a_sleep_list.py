import asyncio

async def main():
    delays = [0.01, 0.02]
    await asyncio.sleep(delays)
    print("done")

asyncio.run(main())
