# asyncio.wait with a timeout returns two sets; print the finished ones sorted and cancel the rest.
import asyncio


async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.04)
        f *= i
    return f


async def main():
    tasks = {asyncio.create_task(factorial(n), name=f"fact-{n}"): n for n in (2, 3, 9, 15)}
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    for t in sorted(done, key=lambda t: tasks[t]):
        print(t.get_name(), "->", t.result())
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", sorted((t.get_name(), t.cancelled()) for t in pending))


asyncio.run(main())
