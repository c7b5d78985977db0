# as_completed loses which input each result belongs to, so I wrap each job to return (n, n!).
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.03)
        r *= i
    return r


async def labelled(n):
    return n, await factorial(n)


async def main():
    order = []
    for fut in asyncio.as_completed([labelled(n) for n in (7, 2, 5, 4)]):
        n, value = await fut
        order.append(n)
        print(f"got {n}! = {value}")
    print("completion order:", order)


asyncio.run(main())
