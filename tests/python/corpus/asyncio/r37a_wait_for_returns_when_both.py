# wait_for where the inner task finishes just as it is being cancelled: the result wins in 3.11
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner: cancelled, returning a value anyway")
        return "late value"


async def quick_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner: cancelled, cleaning up")
        await asyncio.sleep(0.01)
        raise


async def main():
    try:
        print("got", await asyncio.wait_for(stubborn(), 0.05))
    except TimeoutError as e:
        print("TimeoutError", repr(e), "cause:", repr(e.__cause__))
    try:
        await asyncio.wait_for(quick_cleanup(), 0.05)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), "cause:", repr(e.__cause__))
        print("context:", type(e.__context__).__name__)


asyncio.run(main())
