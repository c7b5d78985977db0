# a deadline around a slow call using the new asyncio.timeout
import asyncio

async def slow():
    await asyncio.sleep(0.05)
    return "slow"

async def main():
    with asyncio.timeout(0.01):
        print(await slow())

asyncio.run(main())
