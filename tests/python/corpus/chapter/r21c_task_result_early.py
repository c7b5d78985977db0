# result() and exception() on a pending task: InvalidStateError messages.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 1

async def main():
    t = asyncio.create_task(worker())
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(meth.__name__, '->', type(e).__name__, e)
    print(await t)

asyncio.run(main())
