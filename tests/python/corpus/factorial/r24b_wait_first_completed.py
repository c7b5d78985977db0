import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        f = f * i
    return n, f

async def main():
    pending = {asyncio.create_task(factorial(n), name=f"fact-{n}") for n in (7, 2, 5)}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            n, f = task.result()
            print(f"{task.get_name()}: {n}! = {f} ({len(pending)} still running)")

asyncio.run(main())
