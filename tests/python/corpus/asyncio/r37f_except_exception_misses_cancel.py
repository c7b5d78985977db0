# "except Exception" in a retry loop does not catch CancelledError, so cancelling still stops the worker
import asyncio

async def poll(results):
    n = 0
    while True:
        try:
            n += 1
            await asyncio.sleep(0.05 if n <= 2 else 1)
            if n % 2:
                raise ValueError(f"flaky {n}")
            results.append(n)
        except Exception as e:
            print("retrying after", repr(e))
    
async def main():
    results = []
    t = asyncio.create_task(poll(results))
    await asyncio.sleep(0.25)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker stopped; results", results)
    print(issubclass(asyncio.CancelledError, Exception), asyncio.CancelledError.__mro__[1].__name__)

asyncio.run(main())
