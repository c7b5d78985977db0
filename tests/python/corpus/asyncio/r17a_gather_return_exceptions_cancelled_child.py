# return_exceptions=True turns a cancelled child into a CancelledError in the list
import asyncio

async def child(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    tasks = [asyncio.create_task(child(n)) for n in (1, 2, 3)]
    tasks[0].cancel('first one')
    res = await asyncio.gather(*tasks, return_exceptions=True)
    for r in res:
        print(type(r).__name__, r.args if isinstance(r, BaseException) else r)

asyncio.run(main())
