# the worker tells how many jobs are done, but I put the global line after printing
import asyncio

done = 0

async def worker(name):
    await asyncio.sleep(0.01)
    print(name, "sees", done)
    global done
    done += 1

async def main():
    await asyncio.gather(worker("a"), worker("b"))

asyncio.run(main())
