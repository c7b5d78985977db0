# A Future completed by loop.call_later holds the factorial result.
import asyncio
import math


async def main():
    loop = asyncio.get_running_loop()
    futures = {}
    for n, delay in [(6, 0.2), (3, 0.1)]:
        fut = loop.create_future()
        loop.call_later(delay, fut.set_result, math.factorial(n))
        futures[n] = fut
    print({n: f.done() for n, f in futures.items()})
    print(await futures[6], await futures[3])
    bad = loop.create_future()
    loop.call_soon(bad.set_exception, ValueError("negative!"))
    try:
        await bad
    except ValueError as e:
        print("future failed:", e)
    try:
        futures[3].set_result(0)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
