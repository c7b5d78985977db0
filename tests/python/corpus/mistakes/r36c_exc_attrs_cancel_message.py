# reading the message a task was cancelled with
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("worker sees:", e.args)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees:", e.args, type(e).__mro__[1].__name__)
    t2 = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t2.cancel(msg="second")
    await t2

asyncio.run(main())
