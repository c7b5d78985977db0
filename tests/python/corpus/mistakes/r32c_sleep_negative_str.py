# Passing a string delay to asyncio.sleep.
import asyncio

async def main():
    delay = "0.01"
    print("sleeping", delay)
    await asyncio.sleep(delay)
    print("awake")

asyncio.run(main())
