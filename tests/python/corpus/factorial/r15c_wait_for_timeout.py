# wait_for gives each factorial a time limit; the slow one times out
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def main():
    for n in [3, 8, 4]:
        try:
            r = await asyncio.wait_for(factorial(n), timeout=0.55)
            print(f"{n}! = {r}")
        except asyncio.TimeoutError:
            print(f"{n}! took too long")

asyncio.run(main())
