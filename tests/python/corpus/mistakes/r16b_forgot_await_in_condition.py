# A forgotten await in an if: the coroutine object is always true, so the wrong branch runs
import asyncio

async def is_ready(n):
    await asyncio.sleep(0.01)
    return n > 5

async def main():
    for n in (3, 8):
        if is_ready(n):
            print(n, "is ready")
        else:
            print(n, "is not ready")

asyncio.run(main())
