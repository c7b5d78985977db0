# Big factorials through more format specs: _ separators, e of a huge int, bit_length, hex
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.01)
    return f

async def main():
    f20, f30, f200 = await asyncio.gather(factorial(20), factorial(30), factorial(200))
    print(f'{f20:_}', f'{f20:_x}', f'{f20:#o}')
    print(f'{f30:,d}'.count(','), f'{f30:>45,}')
    print(f'{f20:e}', f'{f30:.2E}', f'{f20:g}', f'{f30:%}'[:12])
    print(f200.bit_length(), f'{f200:.5e}')
    try:
        print(f'{f200 ** 2:e}')
    except OverflowError as e:
        print('OverflowError:', e)
    print(format(f20, '+030_'), format(-f20, '=+30,'))

asyncio.run(main())
