# limiting a slow step with asyncio.timeout, but used with a plain with
import asyncio

async def slow():
    await asyncio.sleep(0.05)
    return "finished"

async def main():
    with asyncio.timeout(0.01):
        print(await slow())

asyncio.run(main())
