import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print("Task %s: Compute factorial(%d), currently i=%d..." % (name, number, i))
        await asyncio.sleep(0.01)
        f *= i
    print("Task %s: factorial(%d) = %d" % (name, number, f))
    print("Task %-3s| %5d | %10.2e" % (name, number, f))
    return f

async def main():
    await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 12))

asyncio.run(main())
