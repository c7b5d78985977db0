# A queue's repr and str show blocked getters and putters.
import asyncio
import re

def show(q):
    print(re.sub(r' at 0x[0-9a-f]+', '', repr(q)), '|', str(q))

async def main():
    q = asyncio.Queue()
    getters = [asyncio.create_task(q.get()) for _ in range(2)]
    await asyncio.sleep(0)
    show(q)
    q.put_nowait('x')
    await asyncio.sleep(0)
    show(q)
    bounded = asyncio.Queue(1)
    bounded.put_nowait(1)
    putter = asyncio.create_task(bounded.put(2))
    await asyncio.sleep(0)
    show(bounded)
    for t in getters + [putter]:
        t.cancel()
    await asyncio.sleep(0)
    show(q)
    show(bounded)

asyncio.run(main())
