import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.01)
    return f

async def main():
    for n in (20, 50, 100, 170):
        f = await factorial(n)
        print(f"{n}! = {float(f):.6e} ({len(str(f))} digits)")
    print(f"{float(await factorial(25))}")
    print(float(await factorial(22)) == await factorial(22))

asyncio.run(main())
