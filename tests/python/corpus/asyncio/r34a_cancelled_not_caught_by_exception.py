# except Exception does not catch CancelledError: a worker's generic handler lets the cancel through
import asyncio


async def careful_worker():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("generic handler caught", type(e).__name__)
    finally:
        print("finally runs; cancelling() =", asyncio.current_task().cancelling())


async def main():
    t = asyncio.create_task(careful_worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except Exception:
        print("main's except Exception caught it")
    except BaseException as e:
        print("main's except BaseException caught", type(e).__name__)
    print(issubclass(asyncio.CancelledError, Exception), asyncio.CancelledError.__mro__[1].__name__)


asyncio.run(main())
