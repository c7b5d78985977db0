# All factorial tasks wait for a start Event before computing.
import asyncio


async def factorial(n, start):
    print(f"{n}: ready")
    await start.wait()
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    print(f"{n}: {f}")
    return f


async def main():
    start = asyncio.Event()
    tasks = [asyncio.create_task(factorial(n)) for n in [3, 5]]
    await asyncio.sleep(0.05)
    print("go!")
    start.set()
    print(await asyncio.gather(*tasks))


asyncio.run(main())
