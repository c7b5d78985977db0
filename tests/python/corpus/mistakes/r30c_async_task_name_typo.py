# Passing a task name positionally and a misspelt keyword.
import asyncio

async def job():
    await asyncio.sleep(0.01)
    return "ok"

async def main():
    t = asyncio.create_task(job(), name="fetcher")
    print(t.get_name(), await t)
    t2 = asyncio.create_task(job(), "fetcher-2")

asyncio.run(main())
