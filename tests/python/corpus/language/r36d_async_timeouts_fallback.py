# Fetching with timeouts: wait_for and asyncio.timeout give fallbacks for slow sources.
import asyncio

SOURCES = {"fast": 0.02, "medium": 0.1, "slow": 1.0}

async def fetch(name):
    await asyncio.sleep(SOURCES[name])
    return f"data from {name}"

async def fetch_or_default(name, limit):
    try:
        return await asyncio.wait_for(fetch(name), timeout=limit)
    except asyncio.TimeoutError:
        return f"default for {name}"

async def with_block(name, limit):
    try:
        async with asyncio.timeout(limit) as cm:
            result = await fetch(name)
        return result, cm.expired()
    except TimeoutError:
        return "timed out", cm.expired()

async def main():
    results = await asyncio.gather(*(fetch_or_default(n, 0.4) for n in SOURCES))
    print(dict(zip(SOURCES, results)))
    print(await with_block("fast", 0.4))
    print(await with_block("slow", 0.3))
    print(asyncio.TimeoutError is TimeoutError)
    task = asyncio.create_task(fetch("slow"))
    done, pending = await asyncio.wait({task}, timeout=0.2)
    print(len(done), len(pending), task.done())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())
    await asyncio.wait_for(fetch("medium"), timeout=0.01)

asyncio.run(main())
