# Own async factorial checked against math.factorial for 0..12
import asyncio
import math

async def factorial(n):
    f = 1
    while n > 1:
        f *= n
        n -= 1
        await asyncio.sleep(0)
    return f

async def main():
    values = await asyncio.gather(*(factorial(n) for n in range(13)))
    ok = all(v == math.factorial(n) for n, v in enumerate(values))
    print('all match math.factorial:', ok)
    print(values[-1], math.factorial(12))
    try:
        math.factorial(-1)
    except ValueError as e:
        print('math.factorial(-1):', e)
    try:
        math.factorial(2.0)
    except TypeError as e:
        print('math.factorial(2.0):', e)

asyncio.run(main())
