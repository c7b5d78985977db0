# Event: waiters released by set() even if clear() follows at once; wait() on a set event returns True
import asyncio

async def waiter(name, ev, log):
    r = await ev.wait()
    log.append((name, r))

async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(n, ev, log)) for n in ('w1', 'w2')]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print('is_set after clear', ev.is_set())
    await asyncio.gather(*ts)
    print(log)
    ev.set()
    print(await ev.wait(), repr(ev).split()[-1])
    try:
        await asyncio.wait_for(asyncio.Event().wait(), 0.1)
    except TimeoutError:
        print('unset event timed out')

asyncio.run(main())
