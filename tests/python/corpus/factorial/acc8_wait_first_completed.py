# asyncio.wait with FIRST_COMPLETED until every task is done.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.02)
        result *= i
    return result

async def main():
    pending = {asyncio.create_task(factorial(n), name=f"fact-{n}") for n in (6, 2, 4)}
    order = []
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done, key=lambda t: t.get_name()):
            order.append(t.get_name())
            print(t.get_name(), t.result(), len(pending), "left")
    print(order)

asyncio.run(main())
