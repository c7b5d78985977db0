# Cancel a task with a message and read it back from the CancelledError
import asyncio

async def long_job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside job, args:", e.args)
        raise

async def main():
    t = asyncio.create_task(long_job())
    await asyncio.sleep(0.01)
    t.cancel("user pressed stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside, args:", e.args)
    print("cancelled:", t.cancelled())
    print("cancel again returns:", t.cancel())

asyncio.run(main())
