# Workers that stop on a None sentinel; results gathered in order of work done.
import asyncio

async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            print(name, 'stopping')
            break
        await asyncio.sleep(item / 10)
        out.append((name, item))

async def main():
    q = asyncio.Queue()
    out = []
    ws = [asyncio.create_task(worker(f'w{i}', q, out)) for i in range(2)]
    for item in (3, 1, 4, 1, 5):
        await q.put(item)
    for _ in ws:
        await q.put(None)
    await asyncio.gather(*ws)
    print(out)

asyncio.run(main())
