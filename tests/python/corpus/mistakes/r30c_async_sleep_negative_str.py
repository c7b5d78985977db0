# Passing a string delay to asyncio.sleep.
import asyncio

async def main():
    delay = "0.1"
    print("sleeping", delay)
    await asyncio.sleep(delay)
    print("woke")

asyncio.run(main())
