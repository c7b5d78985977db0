import asyncio


async def download(name, size):
    await asyncio.sleep(size / 1000)
    return name, size


async def main():
    files = {"a.txt": 30, "b.bin": 90, "c.png": 10, "d.iso": 60}
    tasks = [asyncio.create_task(download(n, s)) for n, s in files.items()]
    total = 0
    for i, fut in enumerate(asyncio.as_completed(tasks), start=1):
        name, size = await fut
        total += size
        pct = 100 * i // len(tasks)
        print(f"[{pct:3d}%] {name:<6} {size:>3} KB (total {total})")


asyncio.run(main())
