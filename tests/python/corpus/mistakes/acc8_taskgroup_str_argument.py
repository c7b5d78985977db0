# A str given to a factorial inside a TaskGroup: the group's ExceptionGroup.
import asyncio
async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)
async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(factorial(n)) for n in [3, 4]]
        tg.create_task(factorial("5"))
    print([t.result() for t in tasks])
asyncio.run(main())
