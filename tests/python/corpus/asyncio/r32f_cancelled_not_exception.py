# CancelledError is a BaseException: "except Exception" in a worker does not swallow it
import asyncio

async def worker():
    while True:
        try:
            await asyncio.sleep(0.02)
        except Exception as e:
            print("caught generic error", e)

async def main():
    print(issubclass(asyncio.CancelledError, Exception), asyncio.CancelledError.__mro__[1].__name__)
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except Exception:
        print("not reached")
    except BaseException as e:
        print("BaseException caught:", type(e).__name__)

asyncio.run(main())
