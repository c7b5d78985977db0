import asyncio
import math
from fractions import Fraction

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
    await asyncio.sleep(0.1)
    return result

async def main():
    f10, f4, f6, f52, f5, f47 = await asyncio.gather(
        factorial(10), factorial(4), factorial(6), factorial(52), factorial(5), factorial(47))
    print("C(10,4) =", f10 // (f4 * f6), math.comb(10, 4))
    hands = f52 // (f5 * f47)
    print(f"poker hands: {hands:,}")
    print("P(specific hand) =", Fraction(1, hands))
    print(Fraction(f6, f10), float(Fraction(f6, f10)))
    print(f10 / f4, f10 // f4, divmod(f10, 7 ** 5))
    print(math.perm(10, 4), f10 // f6)
    print(f52)

asyncio.run(main())
