# Results of gather with return_exceptions, one re-raised.
import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise LookupError(f"no item {n}")
    return n

async def main():
    results = await asyncio.gather(job(1), job(2), return_exceptions=True)
    print(results)
    for r in results:
        if isinstance(r, Exception):
            raise r

asyncio.run(main())
