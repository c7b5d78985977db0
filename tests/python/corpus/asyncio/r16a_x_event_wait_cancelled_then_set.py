# Event waiters: a cancelled one is not woken; set() wakes the rest in order; wait() returns True
import asyncio

async def w(ev, name, log):
    try:
        log.append((name, await ev.wait()))
    except asyncio.CancelledError:
        log.append((name, 'cancelled'))
        raise

async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(w(ev, n, log)) for n in 'abc']
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log)
    print(repr(ev).endswith('[set]>'), ev.is_set())

asyncio.run(main())
