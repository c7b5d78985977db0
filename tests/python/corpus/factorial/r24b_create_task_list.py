import asyncio

async def factorial(name, n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f"Task {name}: factorial({n}) = {result}")
    return result

async def main():
    jobs = {"A": 3, "B": 5, "C": 2, "D": 4}
    tasks = []
    for name, n in jobs.items():
        tasks.append(asyncio.create_task(factorial(name, n)))
    print("created", len(tasks), "tasks")
    for t in tasks:
        value = await t
        print(t.get_name(), "->", value, "done:", t.done())

asyncio.run(main())
