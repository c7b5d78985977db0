# A progress line redrawn with carriage returns while tasks finish, then a summary
import asyncio
import sys


async def job(i):
    await asyncio.sleep(0.01 * (i % 4 + 1))
    return i


async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(8)]
    done = 0
    for fut in asyncio.as_completed(tasks):
        await fut
        done += 1
        bar = "#" * done + "." * (len(tasks) - done)
        sys.stdout.write(f"\r[{bar}] {done}/{len(tasks)}")
        sys.stdout.flush()
    sys.stdout.write("\n")
    print("sum:", sum(t.result() for t in tasks))
    print("stderr progress", end="\r", file=sys.stderr)
    print("done           ", file=sys.stderr)


asyncio.run(main())
