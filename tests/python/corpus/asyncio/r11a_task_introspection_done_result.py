import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    if x == 0:
        raise ZeroDivisionError("x is zero")
    return 10 / x


async def main():
    good = asyncio.create_task(compute(4))
    bad = asyncio.create_task(compute(0))
    print("before:", good.done(), bad.done())
    try:
        good.result()
    except asyncio.InvalidStateError as e:
        print("too early:", e)
    await asyncio.wait([good, bad])
    print("after:", good.done(), bad.done())
    print("good:", good.result(), good.exception())
    print("bad exception:", repr(bad.exception()))
    print("coro name:", good.get_coro().__name__, good.get_coro().__qualname__)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("result() re-raises:", e)


asyncio.run(main())
