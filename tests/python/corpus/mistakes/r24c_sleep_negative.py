import asyncio

async def main():
    for delay in [0.02, 0, -1]:
        print("sleeping", delay)
        await asyncio.sleep(delay)
        print("woke")

asyncio.run(main())
