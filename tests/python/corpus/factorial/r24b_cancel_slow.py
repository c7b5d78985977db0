import asyncio

async def factorial(name, n, delay=0.01):
    f = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(delay)
            f *= i
            print(f"Task {name}: i={i}")
    except asyncio.CancelledError:
        print(f"Task {name} cancelled at partial result {f}")
        raise
    return f

async def main():
    fast = asyncio.create_task(factorial("fast", 3))
    slow = asyncio.create_task(factorial("slow", 50, 0.2))
    print("fast:", await fast)
    await asyncio.sleep(0.05)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print("slow.cancelled() =", slow.cancelled())

asyncio.run(main())
