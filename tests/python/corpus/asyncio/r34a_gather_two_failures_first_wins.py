# gather without return_exceptions: two children fail, the first propagates, the second is not logged
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def survivor():
    await asyncio.sleep(0.3)
    print("survivor finished anyway")
    return "alive"


async def main():
    s = asyncio.create_task(survivor())
    try:
        await asyncio.gather(fail_after(0.01, ValueError("first")), fail_after(0.15, KeyError("second")), s)
    except Exception as e:
        print("caught", repr(e))
    await asyncio.sleep(0.4)
    print("survivor:", s.result())


asyncio.run(main())
