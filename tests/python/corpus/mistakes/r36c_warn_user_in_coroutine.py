# warning about a slow setting from inside a coroutine, twice from one line
import asyncio, warnings

async def job(delay):
    if delay > 0.02:
        warnings.warn(f"delay {delay} is long")
    await asyncio.sleep(delay)
    return delay

async def main():
    print(await asyncio.gather(job(0.01), job(0.03), job(0.04)))

asyncio.run(main())
