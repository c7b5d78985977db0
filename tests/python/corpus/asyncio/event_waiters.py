# Event: every waiter wakes when it is set, in the order they started waiting; clear() makes them wait again.
import asyncio

async def waiter(name, event):
    print(name, 'waits')
    await event.wait()
    print(name, 'woke; is_set:', event.is_set())

async def main():
    event = asyncio.Event()
    print(type(event).__name__, event.is_set())
    tasks = [asyncio.create_task(waiter(n, event)) for n in ('first', 'second', 'third')]
    await asyncio.sleep(0.05)
    event.set()
    print('set, before the waiters run')
    await asyncio.gather(*tasks)
    print('wait() on a set event returns', await event.wait())
    event.clear()
    print(type(event).__name__, event.is_set())
    late = asyncio.create_task(waiter('late', event))
    await asyncio.sleep(0.05)
    print('late is waiting:', not late.done())
    event.set()
    await late

asyncio.run(main())
