import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    tasks = {asyncio.create_task(factorial(n)): n for n in [2, 4, 9, 12]}
    done, pending = await asyncio.wait(tasks, timeout=0.75)
    print("finished in time:", sorted(tasks[t] for t in done))
    print("still pending:  ", sorted(tasks[t] for t in pending))
    for t in pending:
        t.cancel()
    done2, _ = await asyncio.wait(pending)
    print("cancelled:", sorted(tasks[t] for t in done2 if t.cancelled()))
    for t in sorted(done, key=tasks.get):
        print(f"{tasks[t]}! = {t.result()}")

asyncio.run(main())
