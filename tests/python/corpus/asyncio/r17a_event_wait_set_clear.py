# Event.set wakes every waiter; clear() makes later waits block again
import asyncio

async def waiter(name, ev):
    print(name, 'waiting')
    await ev.wait()
    print(name, 'woke')

async def main():
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(n, ev)) for n in ('a', 'b')]
    await asyncio.sleep(0.01)
    ev.set()
    print('is_set', ev.is_set())
    await asyncio.gather(*ws)
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except TimeoutError:
        print('blocked after clear')
    print(await ev.wait() if ev.set() is None else None)

asyncio.run(main())
