# Deduplicate concurrent requests for the same key by sharing one Future
import asyncio

calls = 0
inflight = {}

async def _load(key):
    global calls
    calls += 1
    await asyncio.sleep(0.02)
    return key.upper()

async def get(key):
    if key not in inflight:
        inflight[key] = asyncio.ensure_future(_load(key))
    return await inflight[key]

async def main():
    keys = ["a", "b", "a", "a", "c", "b"]
    print(await asyncio.gather(*(get(k) for k in keys)))
    print("backend calls:", calls)
    print(sorted(inflight))

asyncio.run(main())
