# Importing a name that does not exist in asyncio.
from asyncio import run, sleep, gather_all

async def main():
    await sleep(0)

run(main())
