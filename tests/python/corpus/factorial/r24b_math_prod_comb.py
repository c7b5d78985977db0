import asyncio
import math

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        f *= i
    return f

async def main():
    n, k = 10, 3
    fn, fk, fnk = await asyncio.gather(factorial(n), factorial(k), factorial(n - k))
    print(f"C({n},{k}) = {fn // (fk * fnk)} and math.comb says {math.comb(n, k)}")
    print(f"P({n},{k}) = {fn // fnk} and math.perm says {math.perm(n, k)}")
    print(math.prod(range(1, 11)) == fn, math.factorial(10) == fn)
    print(math.log10(fn), math.lgamma(11), round(math.exp(math.lgamma(11))))

asyncio.run(main())
