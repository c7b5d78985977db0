# sys.set_coroutine_origin_tracking_depth: a coroutine made while tracking is
# on keeps where it was made (cr_origin), and its "never awaited" warning
# shows those frames, the nearest `depth` of them; in a task, CPython's
# asyncio.run machinery counts among them (its frames are left out here as
# tracebacks leave them out)
import asyncio
import sys


async def test():
    print("never scheduled")


def helper(n):
    if n:
        return helper(n - 1)
    return test()


async def inner(n):
    helper(n)


async def main():
    sys.set_coroutine_origin_tracking_depth(10)
    await inner(0)
    await inner(2)
    await asyncio.create_task(inner(3))
    sys.set_coroutine_origin_tracking_depth(4)
    await inner(1)
    sys.set_coroutine_origin_tracking_depth(0)
    await inner(0)


def start():
    print(sys.get_coroutine_origin_tracking_depth())
    try:
        sys.set_coroutine_origin_tracking_depth(-1)
    except ValueError as e:
        print("ValueError:", e)
    sys.set_coroutine_origin_tracking_depth(3)
    c = helper(1)
    print([entry[1:] for entry in c.cr_origin])
    c.close()
    sys.set_coroutine_origin_tracking_depth(0)
    c = helper(0)
    print(c.cr_origin)
    c.close()
    asyncio.run(main())


start()
