# CancelledError is a BaseException: "except Exception" does not stop it
import asyncio

async def careless():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("never printed", e)
    finally:
        print("finally runs")

async def main():
    print(asyncio.CancelledError.__mro__)
    print(issubclass(asyncio.TimeoutError, Exception), asyncio.TimeoutError is TimeoutError)
    print(asyncio.InvalidStateError.__mro__[1].__name__, asyncio.CancelledError.__module__)
    t = asyncio.create_task(careless())
    await asyncio.sleep(0.01)
    t.cancel()
    await t

asyncio.run(main())
