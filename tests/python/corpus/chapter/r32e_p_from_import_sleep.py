# imported sleep from time AND asyncio, the second one wins... or not
from asyncio import sleep, run, gather
from time import sleep

async def worker(n):
    await sleep(0.01)
    return n

async def main():
    print(await gather(worker(1), worker(2)))

run(main())
