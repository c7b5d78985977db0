# A failed task whose exception nobody reads, kept in a cycle until gc.collect.
import asyncio
import gc

async def fail():
    raise ValueError("boom")

async def main():
    holder = {}
    holder["task"] = asyncio.create_task(fail())
    holder["me"] = holder
    await asyncio.sleep(0.01)
    del holder
    print("before collect")
    gc.collect()
    print("after collect")

asyncio.run(main())
