# A coroutine that forgot to return, its result used as a str.
import asyncio

async def fetch_name():
    await asyncio.sleep(0.1)
    name = "ann"

async def main():
    name = await fetch_name()
    print(name.upper())

asyncio.run(main())
