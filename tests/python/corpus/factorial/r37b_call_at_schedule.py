# Scheduling the printing of each precomputed factorial at exact loop times with call_at.
import asyncio
import math


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    done = loop.create_future()
    order = []

    def show(n):
        order.append(n)
        print(f"t+{n * 0.1:.1f}s: {n}! = {math.factorial(n)}")
        if len(order) == 4:
            done.set_result(order)

    for n in (3, 1, 4, 2):
        handle = loop.call_at(start + n * 0.1, show, n)
    print("last handle when > start:", handle.when() > start, handle.cancelled())
    print("order:", await done)


asyncio.run(main())
