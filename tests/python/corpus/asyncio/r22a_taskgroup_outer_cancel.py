# Cancelling the task that holds a TaskGroup cancels its children.
import asyncio

log = []

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f'child {n} cancelled')
        raise

async def holder():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(child(n))
    except asyncio.CancelledError:
        log.append('holder cancelled')
        raise

async def main():
    t = asyncio.create_task(holder())
    await asyncio.sleep(0.02)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__, t.cancelled())
    print(sorted(log))

asyncio.run(main())
