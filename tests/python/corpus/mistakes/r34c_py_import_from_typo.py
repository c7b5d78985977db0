# Importing a misspelt name from asyncio
from asyncio import run, sleep, gahter

async def main():
    await sleep(0.01)

run(main())
