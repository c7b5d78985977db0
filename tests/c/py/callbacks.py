# test_callbacks.c: callbacks_run_in_order_cancelled_ones_never_and_a_raise_goes_to_the_handler
import asyncio
import re


def handler(loop, context):
    exc = context.get("exception")
    about = "task" if "task" in context else "future" if "future" in context else "handle"
    message = re.sub(r"\(.*\)$", "()", context["message"].split(" at ")[0])
    print(f"handler: {message} {exc!r} ({about})")


def say(text):
    loop = asyncio.get_running_loop()
    print(f"{text} at {loop.time() - T0:.1f}")


def boom(_):
    raise ValueError("boom")


def bad_done(fut):
    raise KeyError("k")


def good_done(fut):
    print(f"done callback sees {fut.result()}")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("will not stop")


async def main():
    global T0
    loop = asyncio.get_running_loop()
    T0 = loop.time()
    loop.set_exception_handler(handler)
    loop.call_later(0.2, say, "later 0.2")
    h = loop.call_later(0.1, say, "cancelled")
    a = loop.call_at(T0 + 0.1, say, "at 0.1")
    print(f"when: {a.when() - T0:.1f}")
    loop.call_soon(say, "soon 1")
    s = loop.call_soon(say, "never")
    loop.call_soon(boom, None)
    loop.call_soon(say, "soon 2")
    s.cancel()
    h.cancel()
    print(f"cancelled: {s.cancelled()} {h.cancelled()} {a.cancelled()}")
    f = loop.create_future()
    f.add_done_callback(bad_done)
    f.add_done_callback(good_done)
    f.set_result(5)
    asyncio.create_task(stubborn())
    await asyncio.sleep(0.3)
    print("main done")


loops = []


def nothing():
    pass


async def idle():
    pass


async def grab():
    loop = asyncio.get_running_loop()
    loops.append(loop)
    print(f"running: {loop.is_running()}, closed: {loop.is_closed()}")
    # the ready queue (cas_loop_has_ready): empty as main runs alone; a
    # call_soon or a new task's step waits in it
    print(f"ready: {bool(loop._ready)}")
    loop.call_soon(nothing)
    print(f"after call_soon: {bool(loop._ready)}")
    await asyncio.sleep(0)
    print(f"after sleep(0): {bool(loop._ready)}")
    asyncio.create_task(idle())
    print(f"after a task: {bool(loop._ready)}")
    await asyncio.sleep(0)


asyncio.run(main())
asyncio.run(grab())
asyncio.run(grab())
print(f"closed after: {loops[0].is_closed()}, same loop: {loops[0] is loops[1]}")
