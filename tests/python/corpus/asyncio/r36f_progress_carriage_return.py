# A progress bar redrawn with carriage returns while downloads finish.
import asyncio

async def download(i):
    await asyncio.sleep(0.01 * (i % 4 + 1))
    return i

async def main():
    total = 8
    done = 0
    for fut in asyncio.as_completed([download(i) for i in range(total)]):
        await fut
        done += 1
        bar = "#" * done + "-" * (total - done)
        print(f"\r[{bar}] {done}/{total}", end="", flush=True)
    print()
    print("all downloads finished")

asyncio.run(main())
