import asyncio

async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        out.append((name, item))
        q.task_done()
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue()
    out = []
    ws = [asyncio.create_task(worker(f'w{i}', q, out)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(7):
        q.put_nowait(i)
    for _ in ws:
        q.put_nowait(None)
    await q.join()
    await asyncio.gather(*ws)
    print(out)

asyncio.run(main())
