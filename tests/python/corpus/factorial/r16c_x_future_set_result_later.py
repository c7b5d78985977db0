# A Future from loop.create_future resolved by call_later with a factorial
import asyncio
import math

async def main():
    loop = asyncio.get_running_loop()
    futs = []
    for n in [5, 3, 4]:
        fut = loop.create_future()
        loop.call_later(n / 20, fut.set_result, (n, math.factorial(n)))
        futs.append(fut)
    print([f.done() for f in futs])
    for coro in asyncio.as_completed(futs):
        print(await coro)
    try:
        futs[0].set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

asyncio.run(main())
