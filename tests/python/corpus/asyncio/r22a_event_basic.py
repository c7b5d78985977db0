# Event wakes every waiter; clear() makes later waiters block again.
import asyncio

async def waiter(name, ev, log):
    await ev.wait()
    log.append(name)

async def main():
    ev = asyncio.Event()
    log = []
    print('is_set:', ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev, log)) for n in ('x', 'y', 'z')]
    await asyncio.sleep(0.01)
    print('before set:', log)
    ev.set()
    await asyncio.sleep(0)
    print('after set:', log, ev.is_set())
    print('wait on set event returns', await ev.wait())
    ev.clear()
    t = asyncio.create_task(waiter('late', ev, log))
    await asyncio.sleep(0.01)
    print('late blocked:', not t.done())
    ev.set()
    await t
    print(log)

asyncio.run(main())
