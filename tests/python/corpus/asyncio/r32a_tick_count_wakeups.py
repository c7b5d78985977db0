# Count loop iterations (ticks) each kind of await takes to resume after its trigger
import asyncio

ticks = 0

async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0)
        ticks += 1

async def probe(label, make):
    start = ticks
    await make()
    print(f"{label:12} resumed after {ticks - start} ticks")

async def noop():
    return None

async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await probe("sleep0", lambda: asyncio.sleep(0))
    await probe("coroutine", noop)
    await probe("task", lambda: asyncio.create_task(noop()))
    await probe("gather1", lambda: asyncio.gather(noop()))
    await probe("gather2", lambda: asyncio.gather(noop(), noop()))
    await probe("wait_for", lambda: asyncio.wait_for(noop(), 1))
    await probe("shield", lambda: asyncio.shield(noop()))
    ev = asyncio.Event()
    ev.set()
    await probe("event set", ev.wait)
    t.cancel()

asyncio.run(main())
