# An uncaught TimeoutError from asyncio.timeout ends the program.
import asyncio

async def fetch():
    async with asyncio.timeout(0.02):
        await asyncio.sleep(1)

async def main():
    print('fetching')
    await fetch()
    print('never')

asyncio.run(main())
