# timed asyncio.run of the whole program with timeit, three times
import asyncio
import timeit

async def worker():
    await asyncio.sleep(0.05)
    return 42

async def main():
    return await asyncio.gather(worker(), worker())

total = timeit.timeit(lambda: asyncio.run(main()), number=3)
print('3 runs take at least 0.15s:', total >= 0.15)
print('and less than 0.5s:', total < 0.5)
times = timeit.repeat(lambda: asyncio.run(main()), number=1, repeat=2)
print(len(times), all(t >= 0.05 for t in times))
