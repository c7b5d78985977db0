# docs "Running in Threads": blocking_io via to_thread while sleeping concurrently
import asyncio
import time

def blocking_io(tag):
    print(f"start blocking_io {tag}")
    # Note that time.sleep() can be replaced with any blocking
    # IO-bound operation, such as file operations.
    time.sleep(0.3)
    print(f"blocking_io complete {tag}")
    return tag * 2

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print("started main")
    res = await asyncio.gather(
        asyncio.to_thread(blocking_io, 'x'),
        asyncio.sleep(0.1, result='slept'))
    print(res)
    print(f"finished main in about {round(loop.time() - t0, 1)}s")
    try:
        await asyncio.to_thread(int, 'nope')
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

asyncio.run(main())
