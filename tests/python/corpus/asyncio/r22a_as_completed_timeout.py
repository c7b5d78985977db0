# as_completed raises TimeoutError for what has not finished in time.
import asyncio

async def job(n, delay):
    await asyncio.sleep(delay)
    return n

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in ((1, 0.01), (2, 0.02), (3, 2))]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.3):
            got.append(await fut)
    except asyncio.TimeoutError:
        print('timed out after', got)
    print('slow task done?', tasks[2].done())
    tasks[2].cancel()

asyncio.run(main())
# (end of the program)
