# A Future resolved by call_later with a precomputed factorial.
import asyncio
import math


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    loop.call_later(0.05, fut.set_result, math.factorial(6))
    print("waiting...", fut.done())
    print("got", await fut)
    print(fut)
    bad = loop.create_future()
    loop.call_soon(bad.set_exception, ValueError("no factorial for -1"))
    try:
        await bad
    except ValueError as e:
        print("caught:", e)
    print(bad)
    fut.set_result(1)


asyncio.run(main())
