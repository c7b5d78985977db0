import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
        print(f"{n=} {i=} {result=:,}")
    return result

async def main():
    res = await asyncio.gather(factorial(3), factorial(4))
    print(f"{res=}")
    print(f"{math.factorial(25)=:>40,}")
    print(f"{sum(res) = }")
    x = math.factorial(30)
    print(f"{x!r:.10}", f"{x!s:*^40}", f"{str(x).zfill(40)}")
    print(format(x, ',').replace(',', '.'), round(x, -30), round(x, -33))

asyncio.run(main())
