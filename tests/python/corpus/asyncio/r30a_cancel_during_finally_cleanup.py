# A second cancel arrives while the task is awaiting inside its finally block
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup starts")
        try:
            await asyncio.sleep(0.2)
            print("cleanup finished")
        except asyncio.CancelledError:
            print("cleanup interrupted, cancelling() =", asyncio.current_task().cancelling())
            raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel("first")
    await asyncio.sleep(0.05)
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main:", repr(e), t.cancelling())

asyncio.run(main())
