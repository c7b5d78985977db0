# Converting a huge factorial to float overflows; formatting with 'e' does too.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    f170, f171 = await asyncio.gather(factorial(170), factorial(171))
    print(float(f170))
    print(f"{f170:.3e}")
    print(math.log10(f171))
    try:
        print(float(f171))
    except OverflowError as e:
        print("OverflowError:", e)
    print(f"{f171:.3e}")


asyncio.run(main())
