# test_locks: Event.wait() under wait_for times out and leaves no waiter behind
import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.05)
    except asyncio.TimeoutError:
        print('timed out; waiters left:', len(ev._waiters))
    asyncio.get_running_loop().call_later(0.05, ev.set)
    print(await asyncio.wait_for(ev.wait(), 1), ev.is_set())

asyncio.run(main())
