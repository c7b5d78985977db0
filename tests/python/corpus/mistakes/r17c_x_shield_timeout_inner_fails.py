# wait_for gives up on a shielded factorial, which then fails on its own: its error is logged, never retrieved
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    raise ArithmeticError(f'{n}! = {f} overflowed the table')


async def main():
    try:
        await asyncio.wait_for(asyncio.shield(factorial(5)), timeout=0.15)
    except asyncio.TimeoutError:
        print('timed out; the shielded task goes on')
    await asyncio.sleep(0.5)
    print('main done')


asyncio.run(main())
