# Giving every task the same name and looking them up by name.
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    tasks = [asyncio.create_task(worker(n), name="worker") for n in range(3)]
    names = [t.get_name() for t in tasks]
    print(names)
    lookup = {t.get_name(): t for t in tasks}
    print(len(lookup), await lookup["worker"])
    tasks[0].set_name(42)
    print(repr(tasks[0].get_name()))
    await asyncio.gather(*tasks)
    print(lookup["worker-1"])

asyncio.run(main())
