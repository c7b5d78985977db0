# a barrier sized by the number of workers, computed from an empty list
import asyncio

async def worker(b, name):
    print(name, "waiting")
    await b.wait()
    print(name, "through")

async def main():
    names = [n for n in ["a", "b"] if n.startswith("z")]
    barrier = asyncio.Barrier(len(names))
    await asyncio.gather(*(worker(barrier, n) for n in names))

asyncio.run(main())
