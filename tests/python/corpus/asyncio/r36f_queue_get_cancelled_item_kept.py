# A consumer's pending get() cancelled by wait_for does not lose items put afterwards.
import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.02)
    except asyncio.TimeoutError:
        print("no item yet")
    await q.put("late item")
    print("qsize:", q.qsize())
    print("got:", await asyncio.wait_for(q.get(), timeout=0.02))
    getters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    getters[0].cancel()
    q.put_nowait("x")
    q.put_nowait("y")
    await asyncio.sleep(0)
    print([g.result() if g.done() and not g.cancelled() else ("cancelled" if g.cancelled() else "waiting") for g in getters])
    getters[2].cancel() if not getters[2].done() else None

asyncio.run(main())
