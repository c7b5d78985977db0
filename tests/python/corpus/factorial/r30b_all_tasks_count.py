# Watching how many tasks exist while the factorials run.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.2)
        f *= i
    return f


async def monitor():
    for _ in range(2):
        names = sorted(t.get_name() for t in asyncio.all_tasks())
        print("tasks:", len(names), names)
        await asyncio.sleep(0.3)


async def main():
    asyncio.current_task().set_name("main")
    jobs = [asyncio.create_task(factorial(n), name=f"fact{n}") for n in (2, 4)]
    mon = asyncio.create_task(monitor(), name="monitor")
    print(await asyncio.gather(*jobs))
    await mon
    print("left:", [t.get_name() for t in asyncio.all_tasks()])


asyncio.run(main())
