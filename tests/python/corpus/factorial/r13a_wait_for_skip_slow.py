import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.02)
        result *= i
    return result

async def main():
    for n in [3, 40, 5, 60, 1]:
        try:
            r = await asyncio.wait_for(factorial(n), timeout=0.5)
        except asyncio.TimeoutError:
            print(f'{n}! took too long, skipped')
        else:
            print(f'{n}! = {r}')

asyncio.run(main())
