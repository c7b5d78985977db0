# asyncio.sleep given a keyword it does not take.
import asyncio

async def main():
    print("waiting")
    await asyncio.sleep(seconds=0.1)
    print("done")

asyncio.run(main())
