# A Queue and a Lock used in one asyncio.run() and then in another: bound to a different event loop.
import asyncio, re

q = asyncio.Queue()
lock = asyncio.Lock()

async def first():
    async def getter():
        return await q.get()
    t = asyncio.create_task(getter())
    await asyncio.sleep(0)
    q.put_nowait('x')
    print('first run got', await t)
    await lock.acquire()
    async def locker():
        async with lock:
            pass
    t2 = asyncio.create_task(locker())
    await asyncio.sleep(0)
    lock.release()
    await t2

async def second():
    for what, coro in (('queue', q.get()), ('lock', lock.acquire())):
        if what == 'lock':
            await lock.acquire()
            coro.close()
            coro = lock.acquire()
        try:
            await asyncio.wait_for(coro, 0.01)
        except RuntimeError as e:
            print(what, 'RuntimeError:', re.sub(r' at 0x[0-9a-f]+', '', str(e)))
        except TimeoutError:
            print(what, 'TimeoutError')

asyncio.run(first())
asyncio.run(second())
