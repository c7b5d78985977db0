# a barrier for all the workers that registered, which turns out to be none
import asyncio

async def main():
    workers = [w for w in ["a", "b"] if w.startswith("z")]
    barrier = asyncio.Barrier(len(workers))
    print("waiting for", barrier.parties)

asyncio.run(main())
