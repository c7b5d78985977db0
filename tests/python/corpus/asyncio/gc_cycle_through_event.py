# gc.collect() finds a pending task whose future only an Event or another dropped task holds
import asyncio
import gc

keep = []

class Holder:
    pass

async def waiter(ev):
    await ev.wait()

async def waits_on(t):
    return await t

async def main():
    shared = asyncio.Event()
    h = Holder()
    keep.append(asyncio.create_task(waiter(asyncio.Event()), name='global'))
    h.t = asyncio.create_task(waiter(asyncio.Event()), name='attribute')
    asyncio.create_task(waiter(shared), name='shared-event')
    asyncio.create_task(waiter(asyncio.Event()), name='dropped-event')
    inner = asyncio.create_task(waiter(asyncio.Event()), name='inner')
    asyncio.create_task(waits_on(inner), name='outer')
    await asyncio.sleep(0)
    del inner
    print('before:', sorted(t.get_name() for t in asyncio.all_tasks()))
    print('found some:', gc.collect() > 0)
    print('after:', sorted(t.get_name() for t in asyncio.all_tasks()))
    shared.set()
    await asyncio.sleep(0)
    print('left:', sorted(t.get_name() for t in asyncio.all_tasks()))
    for t in (keep[0], h.t):
        t.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
