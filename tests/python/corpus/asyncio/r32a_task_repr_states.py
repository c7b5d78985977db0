# Tester: print a named task's repr while pending, done, and failed
import asyncio

async def work(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2

async def main():
    t = asyncio.create_task(work(3), name="doubler")
    print(repr(t).split(" coro=")[0])
    await t
    print(repr(t).split(" coro=")[0], "result=" in repr(t))
    bad = asyncio.create_task(work(-1), name="bad-one")
    try:
        await bad
    except ValueError as e:
        print("caught", e)
    print(repr(bad).split(" coro=")[0], repr(bad).split("exception=")[1])
    print(t.get_name(), t.done(), t.cancelled(), t.result())

asyncio.run(main())
