# Cancelling a task twice before it ever runs: cancelling() counts both, the coroutine never starts
import asyncio

started = []


async def job():
    started.append(True)
    return "ran"


async def main():
    t = asyncio.create_task(job())
    print(t.cancel("first"), t.cancel("second"))
    print("cancelling:", t.cancelling(), "done:", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited:", e.args)
    print("started:", started, "cancel now:", t.cancel())
    c = t.get_coro()
    print("coroutine frame gone:", c.cr_frame is None)


asyncio.run(main())
