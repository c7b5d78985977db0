import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
    await asyncio.sleep(0.1)
    return result

async def main():
    f198, f200, f25, f22, f1000 = await asyncio.gather(
        factorial(198), factorial(200), factorial(25), factorial(22), factorial(1000))
    print(f200 / f198, f200 // f198)
    print(f1000 / f200 > 1e300, (f200 * 3) / (f200 * 7))
    print(f25 == float(f25), f22 == float(f22), float(f25) < f25, f25 < 1.6e25)
    print(math.log(f1000), math.log10(f1000), math.log2(f200))
    print(math.isqrt(f25), math.gcd(f25, f22), math.lcm(f22, 10**25))
    print(hash(f25), hash(f1000), hash(-f200))
    for bad in (lambda: math.sqrt(f1000), lambda: f200 ** 0.5, lambda: float(f200)):
        try:
            print(bad())
        except OverflowError as e:
            print("OverflowError:", e)
    print(f25 % 1_000_000_007, pow(f22, 3, 998244353), -f25 // 7 ** 20)
    print(f22.to_bytes(10, "big").hex(), int.from_bytes(b"\x01\x00", "little"))
    print(round(f25 / 3, 2), round(f22, -20), f22 / 10**21)

asyncio.run(main())
