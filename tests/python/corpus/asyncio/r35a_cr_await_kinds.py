# what cr_await shows for each kind of await a task is parked in
import asyncio

async def inner():
    await asyncio.sleep(0.05)

async def outer():
    await inner()

async def on_future(fut):
    await fut

async def on_task(t):
    await t

async def on_event(ev):
    await ev.wait()

async def on_queue(q):
    await q.get()

async def on_gather():
    await asyncio.gather(asyncio.sleep(0.05), asyncio.sleep(0.05))

async def on_wait_for():
    await asyncio.wait_for(asyncio.sleep(0.05), 1)

async def on_sleep0():
    await asyncio.sleep(0)
    await asyncio.sleep(0.05)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ev = asyncio.Event()
    q = asyncio.Queue()
    long = asyncio.create_task(asyncio.sleep(1))
    coros = {
        'outer': outer(), 'future': on_future(fut), 'task': on_task(long),
        'event': on_event(ev), 'queue': on_queue(q), 'gather': on_gather(),
        'wait_for': on_wait_for(), 'sleep0': on_sleep0(),
    }
    tasks = [asyncio.create_task(c) for c in coros.values()]
    await asyncio.sleep(0.01)
    for name, c in coros.items():
        print(name, type(c.cr_await).__name__, c.cr_running, c.cr_suspended)
    print('outer inner', coros['outer'].cr_await.cr_code.co_name, coros['outer'].cr_await.cr_frame.f_lineno)
    print('future is', coros['future'].cr_await.__class__.__name__)
    fut.set_result(1); ev.set(); q.put_nowait(2); long.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for name, c in coros.items():
        print(name, c.cr_await)

asyncio.run(main())
