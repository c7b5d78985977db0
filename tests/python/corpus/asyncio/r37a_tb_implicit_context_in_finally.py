# An error raised in a coroutine's finally block while a CancelledError propagates: implicit chaining shown
import asyncio


async def uploader():
    try:
        await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0)
        raise OSError("connection reset while closing")


async def main():
    t = asyncio.create_task(uploader())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except OSError as e:
        print("OSError:", e)
        print("context:", type(e.__context__).__name__)
        print("task cancelled()?", t.cancelled())
    raise RuntimeError("report") from e


asyncio.run(main())
