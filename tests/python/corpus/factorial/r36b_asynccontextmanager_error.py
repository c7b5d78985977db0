# An asynccontextmanager "timer" around factorial batches; the second batch raises inside it.
import asyncio
import contextlib
import time


@contextlib.asynccontextmanager
async def stage(name):
    print(f"[{name}] start")
    t0 = time.perf_counter()
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print(f"[{name}] failed: {e}")
        raise
    finally:
        print(f"[{name}] end, quick: {time.perf_counter() - t0 < 0.5}")


async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)


async def main():
    async with stage("small") as tag:
        print(tag, await asyncio.gather(factorial(3), factorial(4)))
    async with stage("ratio") as tag:
        a, b = await asyncio.gather(factorial(5), factorial(0))
        print(tag, a // (b - 1))


asyncio.run(main())
