# Printing the multiplication as it happens on one line with end='' and sep.
import asyncio


async def factorial(n):
    print(f"{n}! = ", end="")
    f = 1
    for i in range(n, 0, -1):
        await asyncio.sleep(0.01)
        f *= i
        print(i, end=" x " if i > 1 else "")
    print(f" = {f}")
    return f


async def main():
    for n in (4, 1, 0, 6):
        await factorial(n)
    print(*range(1, 6), sep=" * ", end=" = 120\n")
    print("a", "b", sep="")
    print()
    print("done", flush=True)


asyncio.run(main())
