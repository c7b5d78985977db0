# How many loop ticks before a waiter resumes after Queue.put, Event.set, Lock.release
import asyncio

ticks = 0

async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0)
        ticks += 1

async def main():
    tk = asyncio.create_task(ticker())
    q, ev, lock = asyncio.Queue(), asyncio.Event(), asyncio.Lock()
    marks = {}

    async def on_queue():
        await q.get()
        marks["queue"] = ticks
    async def on_event():
        await ev.wait()
        marks["event"] = ticks
    async def on_lock():
        async with lock:
            marks["lock"] = ticks

    await lock.acquire()
    ws = [asyncio.create_task(c()) for c in (on_queue, on_event, on_lock)]
    await asyncio.sleep(0.01)
    base = ticks
    q.put_nowait(1)
    ev.set()
    lock.release()
    await asyncio.gather(*ws)
    print({k: v - base for k, v in marks.items()})
    tk.cancel()

asyncio.run(main())
