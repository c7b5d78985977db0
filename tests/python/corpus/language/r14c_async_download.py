# A simulated download with a progress bar: chunks "arrive" with asyncio.sleep.
import asyncio

async def download(name, size, chunk, delay):
    got = 0
    while got < size:
        await asyncio.sleep(delay)
        got = min(size, got + chunk)
        pct = got * 100 // size
        bar = "#" * (pct // 10)
        print(f"{name:<10}[{bar:<10}] {pct:3d}%")
    return name, size

async def main():
    results = await asyncio.gather(
        download("song.mp3", 300, 100, 0.1),
        download("pic.png", 50, 50, 0.45),
    )
    for name, size in results:
        print(f"{name} done: {size} KB")
    print("total:", sum(s for _, s in results), "KB")

asyncio.run(main())
