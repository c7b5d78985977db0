import asyncio

progress = {}

async def factorial(name, n):
    f = 1
    for i in range(1, n + 1):
        f *= i
        progress[name] = i / n
        await asyncio.sleep(0.01)
    return f

async def monitor(names):
    while True:
        line = "  ".join(f"{k}:{progress.get(k, 0):>4.0%}" for k in names)
        print(line)
        if all(progress.get(k) == 1 for k in names):
            break
        await asyncio.sleep(0.01)

async def main():
    jobs = {"A": 2, "B": 4, "C": 5}
    mon = asyncio.create_task(monitor(list(jobs)))
    res = await asyncio.gather(*(factorial(k, v) for k, v in jobs.items()))
    await mon
    print(res)

asyncio.run(main())
