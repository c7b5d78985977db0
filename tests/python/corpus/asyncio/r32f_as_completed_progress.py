# as_completed to show progress as fake downloads finish, fastest first
import asyncio

async def download(name, size):
    await asyncio.sleep(size / 100)
    return name, size

async def main():
    files = {"big.iso": 31, "small.txt": 11, "medium.zip": 21, "tiny.md": 1}
    coros = [download(n, s) for n, s in files.items()]
    done = 0
    for fut in asyncio.as_completed(coros):
        name, size = await fut
        done += 1
        print(f"[{done}/{len(files)}] {name} ({size} MB)")
    print("all done")

asyncio.run(main())
