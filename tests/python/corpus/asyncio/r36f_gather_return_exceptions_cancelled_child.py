# gather(return_exceptions=True) when one child is cancelled: CancelledError shows up in the results.
import asyncio

async def work(n):
    await asyncio.sleep(0.05 * n)
    return n

async def main():
    tasks = [asyncio.create_task(work(n)) for n in range(1, 4)]
    tasks[1].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        print(type(r).__name__, r if not isinstance(r, BaseException) else repr(r))
    try:
        tasks[1].result()
    except asyncio.CancelledError as e:
        print("result() raised CancelledError", e.args)
    pending = asyncio.create_task(work(1))
    try:
        pending.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await pending

asyncio.run(main())
