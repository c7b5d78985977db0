# A batch writer: flush when 3 records are buffered or when no record arrived for 0.2 s.
import asyncio

async def batch_writer(q, size=3, idle=0.2):
    buf = []
    while True:
        try:
            rec = await asyncio.wait_for(q.get(), timeout=idle)
        except asyncio.TimeoutError:
            if buf:
                print("flush (idle)", buf)
                buf = []
            continue
        if rec is None:
            if buf:
                print("flush (final)", buf)
            return
        buf.append(rec)
        if len(buf) == size:
            print("flush (full)", buf)
            buf = []

async def main():
    q = asyncio.Queue()
    w = asyncio.create_task(batch_writer(q))
    for i in range(5):
        await q.put(i)
    await asyncio.sleep(0.3)
    await q.put(5)
    await q.put(None)
    await w
    print("writer finished:", w.done())

asyncio.run(main())
