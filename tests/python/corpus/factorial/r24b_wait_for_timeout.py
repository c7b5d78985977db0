import asyncio

async def factorial(n, delay=0.02):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        f *= i
    return f

async def main():
    for n in (3, 6, 30):
        try:
            value = await asyncio.wait_for(factorial(n), timeout=0.3)
            print(f"{n}! = {value}")
        except asyncio.TimeoutError as e:
            print(f"{n}! took too long ({type(e).__name__})")
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
