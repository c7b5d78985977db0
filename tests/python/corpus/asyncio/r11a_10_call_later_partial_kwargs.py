import asyncio
import functools


def remind(what, *, times=1, log):
    log.append(f"{what} x{times}")


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.02, functools.partial(remind, "stretch", times=2, log=log))
    loop.call_later(0.01, functools.partial(remind, "drink water", log=log))
    h = loop.call_later(0.03, functools.partial(remind, "never", log=log))
    h.cancel()
    loop.call_soon(lambda: log.append("soon"))
    await asyncio.sleep(0.05)
    print(log)
    try:
        loop.call_soon(remind, "x", log=log)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
