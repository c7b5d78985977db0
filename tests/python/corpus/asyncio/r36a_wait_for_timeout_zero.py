# wait_for with timeout=0: a done future passes, a fresh coroutine is cancelled at once
import asyncio


async def instant():
    return "instant"


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, timeout=0))
    try:
        print(await asyncio.wait_for(instant(), timeout=0))
    except TimeoutError:
        print("instant() timed out with timeout=0")
    print(await asyncio.wait_for(instant(), timeout=None))
    print(await asyncio.wait_for(instant(), timeout=-1))


asyncio.run(main())
