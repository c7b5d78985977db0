# Event: waiters released by set(), clear() makes new waiters wait again; wait() returns True.
import asyncio

async def waiter(ev, name):
    print(name, 'waiting')
    r = await ev.wait()
    print(name, 'woke with', r)

async def main():
    ev = asyncio.Event()
    print('is_set:', ev.is_set())
    ts = [asyncio.create_task(waiter(ev, f'w{i}')) for i in range(3)]
    await asyncio.sleep(0.01)
    ev.set()
    print('set; is_set:', ev.is_set())
    await asyncio.gather(*ts)
    ev.clear()
    late = asyncio.create_task(waiter(ev, 'late'))
    await asyncio.sleep(0.01)
    print('late done?', late.done())
    ev.set()
    await late
    print('already set ->', await ev.wait())

asyncio.run(main())
