import asyncio

async def factorial(n, name):
    if n <= 1:
        return 1
    print(f"Task {name}: Compute factorial({n})...")
    await asyncio.sleep(0.01)
    return n * await factorial(n - 1, name)

async def main():
    a, b, c = await asyncio.gather(factorial(3, "A"), factorial(5, "B"), factorial(1, "C"))
    print(f"Task A: factorial(3) = {a}")
    print(f"Task B: factorial(5) = {b}")
    print(f"Task C: factorial(1) = {c}")

asyncio.run(main())
