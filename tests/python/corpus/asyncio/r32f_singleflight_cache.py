# Deduplicate concurrent requests for the same key with a dict of Futures (single-flight)
import asyncio

calls = 0
inflight: dict[str, asyncio.Future] = {}

async def expensive_lookup(key):
    global calls
    calls += 1
    await asyncio.sleep(0.03)
    return key[::-1]

async def get(key):
    if key in inflight:
        return await inflight[key]
    fut = asyncio.get_running_loop().create_future()
    inflight[key] = fut
    try:
        value = await expensive_lookup(key)
        fut.set_result(value)
        return value
    finally:
        del inflight[key]

async def main():
    results = await asyncio.gather(*(get(k) for k in ["abc", "xyz", "abc", "abc", "xyz"]))
    print(results)
    print("backend calls:", calls)
    print(await get("abc"), "calls now:", calls)

asyncio.run(main())
