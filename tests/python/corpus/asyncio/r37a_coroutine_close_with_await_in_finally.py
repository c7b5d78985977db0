# Closing a suspended coroutine by hand whose finally block awaits: the coroutine ignores GeneratorExit
import asyncio


async def tidy():
    try:
        await asyncio.sleep(1)
    finally:
        print("finally: sync cleanup only")


async def messy():
    try:
        await asyncio.sleep(1)
    finally:
        print("finally: trying to await")
        await asyncio.sleep(0)


def drive(coro):
    fut = coro.send(None)
    print("suspended on", type(fut).__name__)
    fut.cancel()
    coro.close()
    print("closed; state frame:", coro.cr_frame)


async def main():
    drive(tidy())
    drive(messy())


asyncio.run(main())
