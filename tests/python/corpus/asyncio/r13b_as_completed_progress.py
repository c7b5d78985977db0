import asyncio

async def download(name, size):
    await asyncio.sleep(size / 1000)
    return name, size

async def main():
    files = [("a.txt", 30), ("b.bin", 10), ("c.csv", 20), ("d.log", 40)]
    tasks = [asyncio.create_task(download(n, s)) for n, s in files]
    total = sum(s for _, s in files)
    received = 0
    for i, coro in enumerate(asyncio.as_completed(tasks), 1):
        name, size = await coro
        received += size
        print(f"[{i}/{len(files)}] {name:6} {received * 100 // total:3d}%")

asyncio.run(main())
