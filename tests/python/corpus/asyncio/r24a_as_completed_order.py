import asyncio

async def job(i, d):
    await asyncio.sleep(d)
    if i == 2:
        raise ValueError(f"job {i} bad")
    return i

async def main():
    delays = [0.3, 0.0, 0.2, 0.1]
    tasks = [asyncio.create_task(job(i, d)) for i, d in enumerate(delays)]
    for n, fut in enumerate(asyncio.as_completed(tasks), 1):
        try:
            r = await fut
            print(n, "result", r)
        except ValueError as e:
            print(n, "error", e)

asyncio.run(main())
