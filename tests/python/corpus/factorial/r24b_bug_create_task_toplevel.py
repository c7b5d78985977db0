import asyncio

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({n}) = {f}")

task_a = asyncio.create_task(factorial("A", 3))
task_b = asyncio.create_task(factorial("B", 4))
asyncio.run(asyncio.wait([task_a, task_b]))
