# test_tasks: one gathered child cancelled on its own makes the gather raise CancelledError (no return_exceptions)
import asyncio

async def child(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    kids = [asyncio.create_task(child(n)) for n in (1, 2, 3)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    kids[1].cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError; gather cancelled():', g.cancelled())
    print([k.done() for k in kids])
    print(await kids[2])

asyncio.run(main())
