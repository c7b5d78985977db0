import asyncio

async def fact(n):
    total = 1
    for k in range(2, n + 1):
        total *= k
        print(f"  [{n}] step {k}: {total}")
        await asyncio.sleep(0)
    print(f"{n}! done")
    return total

async def main():
    t1 = asyncio.create_task(fact(4))
    t2 = asyncio.create_task(fact(3))
    t3 = asyncio.create_task(fact(5))
    print("tasks created")
    a = await t1
    b = await t2
    c = await t3
    print(a, b, c)

asyncio.run(main())
