# wait_for gives each factorial a time budget; the slow ones time out.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def guarded(n):
    try:
        return await asyncio.wait_for(factorial(n), timeout=0.35)
    except asyncio.TimeoutError:
        return f"{n}: timed out"

async def main():
    print(await asyncio.gather(*(guarded(n) for n in [2, 8, 1, 5])))

asyncio.run(main())
