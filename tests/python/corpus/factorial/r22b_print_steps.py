import asyncio

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        print(f"Task {name}: Compute factorial({n}), currently i={i}...")
        await asyncio.sleep(0.1)
        f *= i
    print(f"Task {name}: factorial({n}) = {f}")
    return f

async def calculate_factorials():
    await asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial("C", 4),
    )

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials())
    print('Main - Done')

if __name__ == '__main__':
    main()
