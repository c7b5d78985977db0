import asyncio
import functools


def say(msg, *, end="!"):
    print(msg + end)


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_at(now + 0.03, say, "call_at +0.03")
    loop.call_later(0.02, say, "call_later 0.02")
    loop.call_later(0.01, functools.partial(say, "partial", end="?"))
    loop.call_soon(say, "call_soon 1")
    loop.call_soon(say, "call_soon 2")
    print("scheduled everything")
    await asyncio.sleep(0.05)
    print("main done")


asyncio.run(main())
