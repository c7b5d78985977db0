# gather( never closed, found lines later.
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 1

async def do_something():
    results = await asyncio.gather(worker(), worker(),
                                   worker()
    print('results from calls:', results)

def main():
    asyncio.run(do_something())

main()
