# test_locks: Event.set wakes every waiter; clear() makes new waiters block again
import asyncio

async def waiter(ev, name):
    print(name, 'waits')
    r = await ev.wait()
    print(name, 'woke', r)

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in 'xyz']
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print('set then cleared:', ev.is_set())
    await asyncio.gather(*ts)
    late = asyncio.create_task(waiter(ev, 'late'))
    await asyncio.sleep(0.01)
    print('late done?', late.done())
    ev.set()
    await late
    print(await ev.wait())

asyncio.run(main())
