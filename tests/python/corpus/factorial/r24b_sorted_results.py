import asyncio

async def factorial(label, n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {label}: factorial({n}) = {f}")
    return label, f

async def main():
    pairs = await asyncio.gather(
        factorial("first", 6), factorial("second", 2),
        factorial("third", 9), factorial("fourth", 4),
    )
    print("By value, largest first:")
    for label, f in sorted(pairs, key=lambda p: p[1], reverse=True):
        print(f"  {label:<8}{f:>8}")
    print("By label:", sorted(pairs))

asyncio.run(main())
