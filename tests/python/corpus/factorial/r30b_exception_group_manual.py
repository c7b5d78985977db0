# Collect errors from gather and raise them together as an ExceptionGroup.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(f"negative input {n}")
    if n > 50:
        raise OverflowError(f"{n} is too large for this demo")
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


async def main():
    nums = [4, -2, 99, 6]
    results = await asyncio.gather(*map(factorial, nums), return_exceptions=True)
    good = {n: r for n, r in zip(nums, results) if not isinstance(r, BaseException)}
    errors = [r for r in results if isinstance(r, BaseException)]
    print("good:", good)
    if errors:
        raise ExceptionGroup(f"{len(errors)} factorials failed", errors)


asyncio.run(main())
