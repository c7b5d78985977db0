# A failed task awaited in two places: the second traceback does not pile up frames
import asyncio

async def compute():
    await asyncio.sleep(0.01)
    return {"a": 1}["b"]

async def first_look(t):
    try:
        await t
    except KeyError as e:
        print("first look:", repr(e))

async def main():
    t = asyncio.create_task(compute())
    await first_look(t)
    await first_look(t)
    await t

asyncio.run(main())
