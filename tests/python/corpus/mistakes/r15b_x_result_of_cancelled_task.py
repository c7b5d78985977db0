# Mistake: asking a cancelled task for its result instead of checking cancelled() first.
import asyncio

async def slow():
    await asyncio.sleep(1)
    return 1

async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    print("cancelled:", t.cancelled(), "done:", t.done())
    print(t.result())

asyncio.run(main())
