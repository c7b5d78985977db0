import asyncio


async def slow_api(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name}: fresh data"
    except asyncio.CancelledError:
        print(f"{name}: request abandoned")
        raise
    finally:
        print(f"{name}: connection closed")


async def get_with_fallback(name, delay, timeout=0.05):
    try:
        return await asyncio.wait_for(slow_api(name, delay), timeout=timeout)
    except asyncio.TimeoutError:
        return f"{name}: cached data"


async def main():
    for name, delay in [("weather", 0.01), ("stocks", 0.2), ("news", 0.02)]:
        print(await get_with_fallback(name, delay))


asyncio.run(main())
