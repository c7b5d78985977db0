# Using asyncio.timeout and extending it with the wrong kind of value
import asyncio

async def main():
    async with asyncio.timeout(0.1) as cm:
        await asyncio.sleep(0.02)
        print("still within the deadline")
        cm.reschedule(0.5)
        await asyncio.sleep(0.3)
        print("finished")

asyncio.run(main())
