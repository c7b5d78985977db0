# wait_for with timeout=None just waits; the task given keeps its identity
import asyncio

async def compute():
    await asyncio.sleep(0.05)
    return 'computed'

async def main():
    t = asyncio.create_task(compute())
    print(await asyncio.wait_for(t, None))
    print(t.done(), t.result())
    t2 = asyncio.create_task(compute())
    try:
        await asyncio.wait_for(t2, 0.01)
    except TimeoutError:
        print('t2 cancelled:', t2.cancelled())

asyncio.run(main())
