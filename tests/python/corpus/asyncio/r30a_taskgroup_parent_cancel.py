# Cancelling the task that owns a TaskGroup cancels its children and re-raises CancelledError
import asyncio

cleaned = []

async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        cleaned.append(n)

async def owner():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(child(n))
            print("group started")
    except asyncio.CancelledError:
        print("owner sees CancelledError, cancelling():", asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(owner())
    await asyncio.sleep(0.05)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(res, t.cancelled(), sorted(cleaned))

asyncio.run(main())
