# Limiting concurrency with asyncio.Semaphore and reporting the peak number running.
import asyncio

running = 0
peak = 0
order = []

async def download(i, sem):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        order.append(i)
        await asyncio.sleep(0.05 if i % 2 else 0.1)
        running -= 1
        return f"file{i}.bin"

async def main():
    sem = asyncio.Semaphore(3)
    files = await asyncio.gather(*(download(i, sem) for i in range(7)))
    print(files)
    print("peak", peak, "start order", order)
    print(sem.locked(), sem._value if hasattr(sem, "_value") else "?")
    bsem = asyncio.BoundedSemaphore(1)
    async with bsem:
        print("inside bounded", bsem.locked())
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
