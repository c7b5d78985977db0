# a ticker task and callbacks interleaved, with clearly different times
import asyncio

async def ticker(stop):
    n = 0
    while not stop.is_set():
        print('tick', n)
        n += 1
        await asyncio.sleep(0.2)
    return n

async def worker(delay, name):
    await asyncio.sleep(delay)
    return name

async def main():
    stop = asyncio.Event()
    t = asyncio.create_task(ticker(stop))
    for delay, name in ((0.1, 'first'), (0.2, 'second')):
        w = asyncio.create_task(worker(delay, name))
        w.add_done_callback(lambda task: print('callback:', task.result()))
        await w
    stop.set()
    print('ticks counted:', await t)

asyncio.run(main())
