# Forgetting await: the RuntimeWarning names the coroutine, then the result is a coroutine object
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x + 1

async def main():
    r = compute(1)
    print(type(r).__name__, asyncio.iscoroutine(r))
    print(r.__qualname__, r.cr_running)
    del r
    print("value:", await compute(2))
    compute(3)
    print("end of main")

asyncio.run(main())
