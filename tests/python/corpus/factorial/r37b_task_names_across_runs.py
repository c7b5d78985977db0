# Default task names: do they restart at Task-1 for each asyncio.run? Checking with the factorial jobs.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01 * n)
    return asyncio.current_task().get_name(), n


async def main():
    me = asyncio.current_task().get_name()
    results = await asyncio.gather(*(factorial(n) for n in (3, 1, 2)))
    return me, results


for run in range(2):
    me, results = asyncio.run(main())
    print(f"run {run}: main={me}", results)
t_names = []
