# except Exception does not catch CancelledError (a BaseException since 3.8); a bare except does
import asyncio


async def careless():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("caught as Exception:", type(e).__name__)
    return "careless finished"


async def greedy():
    try:
        await asyncio.sleep(1)
    except:
        print("bare except caught it")
    return "greedy finished"


async def main():
    print(issubclass(asyncio.CancelledError, Exception), asyncio.CancelledError.__mro__[1].__name__)
    t1, t2 = asyncio.create_task(careless()), asyncio.create_task(greedy())
    await asyncio.sleep(0.01)
    t1.cancel()
    t2.cancel()
    print(await asyncio.gather(t1, t2, return_exceptions=True))


asyncio.run(main())
