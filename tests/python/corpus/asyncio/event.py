# asyncio.Event: waiters wake when it is set, in the order they waited.
import asyncio

async def waiter(name, event):
    print(name, 'waiting')
    await event.wait()
    print(name, 'woke up, is_set =', event.is_set())

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ('w1', 'w2', 'w3')]
    await asyncio.sleep(0.1)
    print('setting the event')
    event.set()
    await asyncio.gather(*tasks)
    print('wait on a set event returns at once:', await event.wait())
    event.clear()
    print('cleared:', event.is_set())

asyncio.run(main())
