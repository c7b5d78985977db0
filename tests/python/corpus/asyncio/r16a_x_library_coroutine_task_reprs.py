# Tasks wrapping asyncio's own coroutines (Queue.get, Event.wait, wait_for): their reprs name CPython's files
import asyncio

async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    ts = [asyncio.create_task(c) for c in (q.get(), ev.wait(), asyncio.wait_for(ev.wait(), None))]
    await asyncio.sleep(0)
    for t in ts:
        print(repr(t).split(' wait_for=')[0])
    for t in ts:
        t.cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    for t in ts:
        print(t)

asyncio.run(main())
