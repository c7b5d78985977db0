# cancel(msg): the message travels in the CancelledError's args
import asyncio

async def job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("job sees:", e.args)
        raise

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.05)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees:", e.args)
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
