# All factorial tasks wait for a start Event, then race; the smaller numbers finish first.
import asyncio

finish_order = []


async def factorial(n, start):
    await start.wait()
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    finish_order.append(n)
    return r


async def main():
    start = asyncio.Event()
    tasks = [asyncio.create_task(factorial(n, start)) for n in (9, 4, 6)]
    await asyncio.sleep(0.05)
    print("before start, any done?", any(t.done() for t in tasks))
    start.set()
    print("is_set:", start.is_set())
    print(await asyncio.gather(*tasks))
    print("finish order:", finish_order)


asyncio.run(main())
