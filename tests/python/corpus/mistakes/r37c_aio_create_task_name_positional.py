# naming my tasks by passing the name after the coroutine
import asyncio

async def work():
    await asyncio.sleep(0.01)
    return "ok"

async def main():
    t = asyncio.create_task(work(), "worker-1")
    print(t.get_name(), await t)

asyncio.run(main())
