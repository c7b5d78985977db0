# A delay written with its unit.
import asyncio

async def main():
    await asyncio.sleep(0.5s)
    print("done")

asyncio.run(main())
