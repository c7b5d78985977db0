# A helper that returns a default when wait_for times out, as blog posts write it
import asyncio

async def with_default(coro, timeout, default=None):
    try:
        return await asyncio.wait_for(coro, timeout)
    except asyncio.TimeoutError:
        return default

async def lookup(key, delay):
    await asyncio.sleep(delay)
    return f"value-of-{key}"

async def main():
    fast = await with_default(lookup("a", 0.05), 0.3, "cached-a")
    slow = await with_default(lookup("b", 1.0), 0.1, "cached-b")
    none = await with_default(lookup("c", 1.0), 0.1)
    print(fast, slow, none)

asyncio.run(main())
