import asyncio
import warnings

async def factorial(n):
    if n > 5:
        warnings.warn(f"{n} is large", UserWarning)
    if n > 6:
        warnings.warn("big inputs are deprecated", DeprecationWarning)
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        result *= i
    return result

async def main():
    for n in [5, 7, 7, 6]:
        print(n, await factorial(n))
    print("pretend the user pressed Ctrl-C")
    raise KeyboardInterrupt

asyncio.run(main())
