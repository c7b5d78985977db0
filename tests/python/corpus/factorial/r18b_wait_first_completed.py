import asyncio

async def factorial(n):
    acc = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        acc *= i
    return (n, acc)

async def main():
    pending = {asyncio.create_task(factorial(n)) for n in [6, 2, 4, 8]}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        for task in done:
            n, value = task.result()
            print(f"round {rounds}: {n}! = {value:,} ({len(pending)} still running)")
    print("rounds:", rounds)

if __name__ == "__main__":
    asyncio.run(main())
