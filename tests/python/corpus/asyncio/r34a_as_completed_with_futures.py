# as_completed over plain Futures resolved by call_later in reverse order, plus a failed one
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    futs = []
    for i, delay in enumerate([0.3, 0.2, 0.1]):
        f = loop.create_future()
        loop.call_later(delay, f.set_result, f"f{i}")
        futs.append(f)
    bad = loop.create_future()
    loop.call_later(0.15, bad.set_exception, LookupError("no such key"))
    futs.append(bad)
    for n, aw in enumerate(asyncio.as_completed(futs), 1):
        try:
            print(n, await aw)
        except LookupError as e:
            print(n, "error:", e)


asyncio.run(main())
