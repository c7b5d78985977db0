import asyncio

async def fact(n):
    total = 1
    i = 2
    while i <= n:
        print(f"  fact({n}): multiplying by {i}")
        await asyncio.sleep(0.01 * n)
        total *= i
        i += 1
    return total

async def main():
    tasks = [asyncio.create_task(fact(n)) for n in [3, 1, 4]]
    done, pending = await asyncio.wait(tasks)
    print("done:", len(done), "pending:", len(pending))
    for t in tasks:
        print(t.result())

asyncio.run(main())
