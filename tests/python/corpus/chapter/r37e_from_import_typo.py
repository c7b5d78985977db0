# from-import with a typo in one of the names
from asyncio import run, sleep, gahter

async def worker():
    await sleep(0.01)
    return 1

async def main():
    print(await gahter(worker(), worker()))

run(main())
