# A line dedented to a column no block started at.
import asyncio

async def main():
        await asyncio.sleep(0.1)
    print("done")

asyncio.run(main())
