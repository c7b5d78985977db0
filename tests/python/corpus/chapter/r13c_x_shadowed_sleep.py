from asyncio import run, sleep, gather

async def worker(n):
    sleep = 0.01 * n
    await sleep(sleep)
    return n

async def do_something():
    print(await gather(worker(1), worker(2)))

run(do_something())
