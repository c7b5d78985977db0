import asyncio

results = {}

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        print(f"Task {name}: Compute factorial({n}), currently i={i}...")
        await asyncio.sleep(0.01)
        f *= i
    results[name] = f

async def main():
    await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
    print(results)
    for key in sorted(results):
        print(key, "=", results[key])
    print(dict(sorted(results.items(), key=lambda kv: -kv[1])))

asyncio.run(main())
