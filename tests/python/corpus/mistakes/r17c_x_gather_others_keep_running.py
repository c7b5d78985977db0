# gather raises the first error, but the other factorials keep running and print afterwards
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    if n == 3:
        raise RuntimeError('three failed')
    print(f'{n}! = {f}')
    return f


async def main():
    try:
        await asyncio.gather(factorial(4), factorial(3), factorial(5))
    except RuntimeError as e:
        print('gather raised:', e)
    await asyncio.sleep(0.5)
    print('main done')


asyncio.run(main())
