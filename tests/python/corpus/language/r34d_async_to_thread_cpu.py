# Offloading blocking functions with asyncio.to_thread while a ticker keeps running
import asyncio, time

def blocking_io(name, seconds):
    time.sleep(seconds)
    return f"{name} done after {seconds}s"

async def ticker(n, interval, out):
    for i in range(n):
        out.append(f"tick {i}")
        await asyncio.sleep(interval)

async def main():
    out = []
    t = asyncio.create_task(ticker(3, 0.2, out))
    result = await asyncio.to_thread(blocking_io, "download", 0.3)
    out.append(result)
    await t
    print(out)
    results = await asyncio.gather(asyncio.to_thread(sorted, [3, 1, 2]), asyncio.to_thread(sum, range(10)))
    print(results)
    try:
        await asyncio.to_thread(int, "nope")
    except ValueError as e:
        print("ValueError from thread:", e)

asyncio.run(main())
