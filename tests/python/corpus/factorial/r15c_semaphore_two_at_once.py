# a Semaphore lets two factorials run at once
import asyncio

sem = asyncio.Semaphore(2)
order = []

async def factorial(n):
    async with sem:
        order.append(f"start {n}")
        r = 1
        for i in range(2, n + 1):
            r *= i
        await asyncio.sleep(0.2)
        order.append(f"end {n}")
        return r

async def main():
    results = await asyncio.gather(factorial(3), factorial(4), factorial(5), factorial(6))
    print("\n".join(order))
    print(results)

asyncio.run(main())
