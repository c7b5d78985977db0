# Walrus operator to keep only factorials with more than 5 digits.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.001 * n)
    return f


async def main():
    values = await asyncio.gather(*(factorial(n) for n in range(12)))
    big = [(n, d) for n, v in enumerate(values) if (d := len(str(v))) > 5]
    print(big)
    print("last d:", d)
    while (v := values.pop()) > 1000:
        print("popped", v)
    print("stopped at", v, "remaining", len(values))


asyncio.run(main())
