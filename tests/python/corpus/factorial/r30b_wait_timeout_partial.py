# asyncio.wait with a timeout: print which factorials finished in time, cancel the rest.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def main():
    tasks = {asyncio.create_task(factorial(n)): n for n in [2, 9, 3, 8]}
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    print("finished:", sorted((tasks[t], t.result()) for t in done))
    print("unfinished:", sorted(tasks[t] for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", sorted(tasks[t] for t in pending if t.cancelled()))


asyncio.run(main())
