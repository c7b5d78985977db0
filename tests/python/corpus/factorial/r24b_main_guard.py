"""Exercise 34.8: concurrent factorials."""
import asyncio


async def factorial(name, number):
    """Compute number! slowly."""
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.05)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


def main():
    async def runner():
        return await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
    results = asyncio.run(runner())
    print("results:", results)
    print(factorial.__doc__)


if __name__ == '__main__':
    main()
