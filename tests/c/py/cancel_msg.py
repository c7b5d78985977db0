# test_cancel_msg.c: cancel_messages_cancelling_uncancel_all_tasks_and_shield_as_in_cpython
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(f"sleeper sees {e!r}, cancelling={asyncio.current_task().cancelling()}")
        raise


async def waiter(t, name):
    try:
        await t
    except asyncio.CancelledError as e:
        print(f"{name} sees {e!r}")


async def tough():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print(f"tough: cancelling={me.cancelling()} uncancel->{me.uncancel()}")
    await asyncio.sleep(0.5)
    return "survived"


async def slow():
    await asyncio.sleep(0.2)
    print("slow finished")
    return "slow"


async def guard(s):
    try:
        return await asyncio.shield(s)
    except asyncio.CancelledError as e:
        print(f"guard sees {e!r}, slow done: {s.done()}")
        raise


async def main():
    t = asyncio.create_task(sleeper())
    a = asyncio.create_task(waiter(t, "A"))
    b = asyncio.create_task(waiter(t, "B"))
    await asyncio.sleep(0)
    print(t.cancel("why"), t.cancel("again"), t.cancelling())
    await asyncio.gather(a, b)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print(f"result() raises {e!r}")
    f = asyncio.get_running_loop().create_future()
    f.cancel("fmsg")
    try:
        await f
    except asyncio.CancelledError as e:
        print(f"future raises {e!r}")
    u = asyncio.create_task(sleeper())
    u.cancel("early")
    try:
        await u
    except asyncio.CancelledError as e:
        print(f"early: {e!r}")
    v = asyncio.create_task(tough())
    await asyncio.sleep(0)
    v.cancel()
    print(await v, v.cancelling())
    c1 = asyncio.create_task(sleeper())
    c2 = asyncio.create_task(slow())
    await asyncio.sleep(0)
    c1.cancel("listed")
    print(await asyncio.gather(c1, c2, return_exceptions=True))
    s = asyncio.create_task(slow())
    g = asyncio.create_task(guard(s))
    await asyncio.sleep(0.1)
    print(f"tasks: {len(asyncio.all_tasks())}")
    g.cancel("stop")
    print(await asyncio.gather(g, return_exceptions=True))
    print(await s, f"tasks: {len(asyncio.all_tasks())}")


asyncio.run(main())
