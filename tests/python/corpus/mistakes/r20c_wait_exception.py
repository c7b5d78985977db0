# asyncio.wait then .result() on failed task
import asyncio

async def bad():
    await asyncio.sleep(0.01)
    raise LookupError("nothing here")

async def good():
    return "ok"

async def main():
    t1 = asyncio.create_task(good(), name="good")
    t2 = asyncio.create_task(bad(), name="bad")
    done, pending = await asyncio.wait([t1, t2])
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), t.exception())
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.result())

asyncio.run(main())
