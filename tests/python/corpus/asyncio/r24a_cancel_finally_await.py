import asyncio

async def cleanup_heavy():
    try:
        await asyncio.sleep(5)
    finally:
        print("cleanup: starting")
        await asyncio.sleep(0.02)
        print("cleanup: finished")

async def main():
    t = asyncio.create_task(cleanup_heavy())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0)
    print("after one step: done =", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("task ended cancelled:", t.cancelled())

asyncio.run(main())
