# The asyncio docs' display_date (a coroutine printing the date every second), printing how far the
# clock moved instead of the date, and a worker timing itself with datetime.now()
import asyncio
import datetime

async def display_date(start):
    loop = asyncio.get_running_loop()
    end_time = loop.time() + 3.0
    while True:
        now = datetime.datetime.now()
        print('tick', (now - start).seconds, type(now).__name__)
        if (loop.time() + 1.0) >= end_time:
            break
        await asyncio.sleep(1)

async def worker(name, delay):
    start = datetime.datetime.now()
    await asyncio.sleep(delay)
    took = datetime.datetime.now() - start
    print(f'{name} took about {round(took.total_seconds())} s', took < datetime.timedelta(seconds=delay + 0.4))
    return took

async def main():
    start = datetime.datetime.now()
    results = await asyncio.gather(display_date(start), worker('a', 1.2), worker('b', 0.7))
    print([type(r).__name__ for r in results])
    print('all done after', (datetime.datetime.now() - start).seconds, 'seconds')

asyncio.run(main())
