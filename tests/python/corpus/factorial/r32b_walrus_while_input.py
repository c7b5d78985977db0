# A while loop with the walrus operator reads numbers until "q", computing each as it goes.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def main():
    total = 0
    while (line := input("n or q: ").strip().lower()) != "q":
        if not line.lstrip("-").isdigit():
            print(f"skip {line!r}")
            continue
        if (n := int(line)) < 0:
            print(f"{n} is negative")
            continue
        total += (f := await factorial(n))
        print(f"{n}! = {f}")
    print("sum of all =", total)


asyncio.run(main())
