# Event.wait(): one waiter cancelled, one under wait_for timeout, one woken by set().
import asyncio

async def waiter(ev, name):
    try:
        r = await ev.wait()
        print(name, 'woke with', r)
    except asyncio.CancelledError:
        print(name, 'cancelled; is_set:', ev.is_set())
        raise

async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter(ev, 'a'))
    b = asyncio.create_task(waiter(ev, 'b'))
    await asyncio.sleep(0)
    a.cancel()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError as e:
        print('wait_for:', type(e).__name__, e.args)
    print('waiters left:', len(ev._waiters))
    ev.set()
    await asyncio.sleep(0)
    print('a:', a.cancelled(), 'b:', b.done())
    print('wait on a set event:', await ev.wait())
    ev.clear()
    print('cleared:', ev.is_set())

asyncio.run(main())
