# Structured concurrency: a task swallowing its own timeout's cancellation, then cancelled for real
import asyncio

async def careful():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("own timeout handled; cancelling =", asyncio.current_task().cancelling())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("real cancel; cancelling =", asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(careful())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())

asyncio.run(main())
