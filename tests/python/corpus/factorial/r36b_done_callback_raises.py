# A done callback that formats the result but has a bug; the loop logs it and carries on.
import asyncio


def report(task):
    n, value = task.result()
    print(f"{n}! has {len(value)} digits")


async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.02)
    return n, v


async def main():
    t = asyncio.create_task(factorial(30), name="fact-30")
    t.add_done_callback(report)
    await asyncio.sleep(0.1)
    print("main still running, result:", t.result()[1] % 1000)


asyncio.run(main())
