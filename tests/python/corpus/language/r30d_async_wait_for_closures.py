# A list of callbacks built with closures and partials scheduled with call_later in a running loop
import asyncio
import functools


async def main():
    loop = asyncio.get_running_loop()
    log = []
    done = loop.create_future()

    def record(label, value=None):
        log.append((label, value))
        if len(log) == 4:
            done.set_result(len(log))

    for i, delay in enumerate([0.03, 0.01, 0.02]):
        loop.call_later(delay, functools.partial(record, f"partial{i}", delay))
    loop.call_soon(lambda: record("soon"))
    print("scheduled", len(log))
    print("count", await done)
    print(log)
    h = loop.call_later(0.01, record, "cancelled")
    h.cancel()
    print(h.cancelled(), type(h).__name__)
    await asyncio.sleep(0.02)
    print(len(log))


asyncio.run(main())
