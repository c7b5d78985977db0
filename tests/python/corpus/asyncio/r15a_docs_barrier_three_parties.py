# The docs' Barrier example: three parties meet, each gets a distinct index
import asyncio

async def example_barrier():
    b = asyncio.Barrier(3)
    async def wait_at(name, delay):
        await asyncio.sleep(delay)
        print(f"{name} arrives, waiting: {b.n_waiting}")
        idx = await b.wait()
        return name, idx
    results = await asyncio.gather(wait_at("a", 0.1), wait_at("b", 0.2), wait_at("c", 0.3))
    print(sorted(i for _, i in results))
    print("a got", dict(results)["a"])
    print(repr(b).split(" [")[1])
    print("broken:", b.broken, "parties:", b.parties)

asyncio.run(example_barrier())
