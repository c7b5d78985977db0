import asyncio
import time

async def get_delay():
    await asyncio.sleep(0)
    return 0.01

async def main():
    print("pausing")
    time.sleep(get_delay())
    print("resumed")

asyncio.run(main())
