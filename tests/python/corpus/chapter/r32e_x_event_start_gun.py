# workers wait for an Event like runners at a start line
import asyncio

async def runner(name, go, pace):
    print(name, 'ready')
    await go.wait()
    await asyncio.sleep(pace)
    print(name, 'finished')
    return name

async def do_something():
    go = asyncio.Event()
    tasks = [asyncio.create_task(runner(n, go, p)) for n, p in (('ann', 0.3), ('bo', 0.1), ('cy', 0.2))]
    await asyncio.sleep(0.01)
    print('is set?', go.is_set(), '- BANG')
    go.set()
    order = [await f for f in asyncio.as_completed(tasks)]
    print('podium:', order)

asyncio.run(do_something())
