# The asyncio-sync page's Event example: a waiter blocks until the event is set; set() wakes every waiter; clear().
import asyncio

async def waiter(event, name):
    print(f'{name} waiting for it ...')
    r = await event.wait()
    print(f'... {name} got it ({r})')

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ('first', 'second')]
    await asyncio.sleep(0.05)
    print('is_set before:', event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print('set twice is fine'); event.set()
    print('wait on a set event:', await event.wait())
    event.clear()
    try:
        await asyncio.wait_for(event.wait(), 0.05)
    except asyncio.TimeoutError:
        print('after clear() wait() blocks again:', event.is_set())

asyncio.run(main())
