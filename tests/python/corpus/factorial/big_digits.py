# Factorial exercise: big factorials with _ and , grouping, digit sums and trailing zeros.
import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
        if i % 10 == 0:
            await asyncio.sleep(0)
    return result

def trailing_zeros(x):
    s = str(x)
    return len(s) - len(s.rstrip('0'))

async def main():
    for n in [20, 25, 52]:
        f = await factorial(n)
        assert f == math.factorial(n)
        print(f'{n}! = {f:_}')
        print(f'   = {f:,}')
        print(f'   ~ {float(f):.3e}, {len(str(f))} digits, digit sum {sum(map(int, str(f)))},'
              f' {trailing_zeros(f)} trailing zeros')
    print(f'{math.factorial(100) % 1_000_000_007 = }')
    print(hex(math.factorial(15)), bin(math.factorial(5)), oct(720))

asyncio.run(main())
