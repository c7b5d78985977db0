# An inline progress bar redrawn with \r while tasks finish
import asyncio
import sys

async def download(i, delay):
    await asyncio.sleep(delay)
    return i

async def main():
    tasks = [asyncio.create_task(download(i, 0.1 * (i + 1))) for i in range(4)]
    done = 0
    for fut in asyncio.as_completed(tasks):
        await fut
        done += 1
        bar = "█" * (done * 5) + "░" * ((4 - done) * 5)
        print(f"\r|{bar}| {done}/4", end="", flush=True)
    print()
    sys.stdout.write("spinner: ")
    for ch in "|/-\\" * 2:
        sys.stdout.write(ch + "\b")
        sys.stdout.flush()
        await asyncio.sleep(0)
    print("ok", end="\n\n")
    print("%-6s|%6.2f%%" % ("done", 100.0), sep="", file=sys.stdout)

asyncio.run(main())
