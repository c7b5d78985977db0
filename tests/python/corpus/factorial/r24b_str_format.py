import asyncio

TEMPLATE = "Task {name}: Compute factorial({n}), currently i={i}..."
DONE = "Task {0}: factorial({1}) = {2}"

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        print(TEMPLATE.format(name=name, n=n, i=i))
        await asyncio.sleep(0.01)
        f *= i
    print(DONE.format(name, n, f))
    print("{:>10}|{:<10}|{:^10}|".format(name, n, f))
    return f

async def main():
    await asyncio.gather(*[factorial(x, y) for x, y in [("A", 2), ("B", 3), ("C", 4)]])

asyncio.run(main())
