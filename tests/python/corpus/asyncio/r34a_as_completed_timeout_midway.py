# as_completed with a timeout that expires midway: results so far, then TimeoutError, tasks live on
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(fetch(n, d)) for n, d in [("fast", 0.01), ("medium", 0.1), ("slow", 0.5)]]
    got = []
    try:
        for aw in asyncio.as_completed(tasks, timeout=0.25):
            got.append(await aw)
    except TimeoutError:
        print("timed out after", got)
    print("states:", [t.done() for t in tasks])
    print("slow still finishes:", await tasks[2])


asyncio.run(main())
