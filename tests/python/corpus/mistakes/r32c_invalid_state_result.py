# Asking a task for its result before it has finished.
import asyncio

async def compute():
    await asyncio.sleep(0.01)
    return 7

async def main():
    t = asyncio.create_task(compute())
    print("done?", t.done())
    print(t.result())

asyncio.run(main())
