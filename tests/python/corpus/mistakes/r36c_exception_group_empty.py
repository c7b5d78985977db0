# collecting errors from my workers and raising them together, even when none failed
import asyncio

async def check(n):
    await asyncio.sleep(0.01)
    return None if n % 2 else ValueError(f"bad {n}")

async def main():
    results = await asyncio.gather(check(1), check(3))
    errors = [r for r in results if r is not None]
    print("errors:", len(errors))
    raise ExceptionGroup("some checks failed", errors)

asyncio.run(main())
