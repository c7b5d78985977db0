# Using asyncio.timeout_at with a number of seconds instead of a loop deadline
import asyncio

async def fetch():
    await asyncio.sleep(0.05)
    return "data"

async def main():
    try:
        async with asyncio.timeout_at(2):
            print(await fetch())
    except TimeoutError:
        print("timed out before even starting")

asyncio.run(main())
