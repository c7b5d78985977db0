import asyncio

async def factorial(name: str, number: int) -> int:
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(factorial("A", 2))
        t2 = tg.create_task(factorial("B", 3))
        t3 = tg.create_task(factorial("C", 4))
    print("All done:", t1.result(), t2.result(), t3.result())

asyncio.run(main())
