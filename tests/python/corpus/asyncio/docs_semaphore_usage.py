import asyncio

sem = asyncio.Semaphore(2)
running = 0

async def job(i):
    global running
    async with sem:
        running += 1
        print(f"job {i} start (running={running}, locked={sem.locked()})")
        await asyncio.sleep(0.2)
        running -= 1
    print(f"job {i} done")
    return i

async def main():
    results = await asyncio.gather(*(job(i) for i in range(5)))
    print(results)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
