# Progress display with carriage returns while tasks complete
import asyncio

async def job(i):
    await asyncio.sleep(0.01 * i)
    return i

async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(1, 6)]
    done = 0
    for fut in asyncio.as_completed(tasks):
        await fut
        done += 1
        bar = "#" * done + "." * (len(tasks) - done)
        print(f"\r[{bar}] {done / len(tasks):.0%}", end="", flush=True)
    print()
    print("all done")

asyncio.run(main())
