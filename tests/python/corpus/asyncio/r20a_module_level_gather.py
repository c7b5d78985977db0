# Module-level run_until_complete(asyncio.gather(...)) with get_event_loop: gather outside a running loop.
import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    return n * 10


loop = asyncio.get_event_loop()
try:
    results = loop.run_until_complete(asyncio.gather(job(3), job(1), job(2)))
    print(results)
    print(loop.run_until_complete(asyncio.sleep(0.01, result='slept')))
finally:
    loop.close()
