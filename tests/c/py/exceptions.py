# test_exceptions.c: result_raises_the_tasks_own_exception_and_gather_lists_it
import asyncio


async def fail():
    raise ValueError("x")


async def three():
    return 3


async def main():
    t = asyncio.create_task(fail())
    c = asyncio.create_task(three())
    await asyncio.sleep(0)
    try:
        t.result()
    except ValueError as e:
        print(f"result() raised {e!r}")
    print(f"exception() returned {t.exception()!r}")
    print(await asyncio.gather(t, c, return_exceptions=True))
    k = asyncio.create_task(three())
    k.cancel()
    try:
        await asyncio.sleep(0)
        k.exception()
    except asyncio.CancelledError as e:
        print(f"exception() of a cancelled task raised {e!r}")
    print(*map(repr, [(1, "a"), (1,), (), [(None, [2.5])], ValueError(), asyncio.CancelledError()]))
    return t.result()


try:
    asyncio.run(main())
except ValueError as e:
    print(f"asyncio.run raised {e!r}")
