# Dividing big factorials: true division to float, too large, and floor division
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.01)
    return f

async def main():
    f200, f199, f171 = await asyncio.gather(factorial(200), factorial(199), factorial(171))
    print(f200 / f199, f200 // f199, f200 % f199)
    print(f171 / 10 ** 300)
    for expr in (lambda: f200 / 3, lambda: f171 * 1.0, lambda: f200 ** 0.5):
        try:
            print(expr())
        except OverflowError as e:
            print('OverflowError:', e)
    print(round(f199 / f200, 6), divmod(f171, 10 ** 305)[0])

asyncio.run(main())
