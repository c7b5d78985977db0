import asyncio

async def factorial(n):
    result = 1
    try:
        for i in range(1, n + 1):
            await asyncio.sleep(0.2)
            result *= i
            print(f"  {n}: reached {i}")
    except asyncio.CancelledError:
        print(f"  {n}: cancelled at partial result {result}")
        raise
    return result

async def main():
    for n, limit in [(3, 1.0), (20, 0.5)]:
        try:
            value = await asyncio.wait_for(factorial(n), timeout=limit)
            print(f"{n}! = {value}")
        except asyncio.TimeoutError as e:
            print(f"{n}! took longer than {limit} s:", type(e).__name__, e.args)
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
