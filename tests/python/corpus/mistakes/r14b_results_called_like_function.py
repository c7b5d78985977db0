# Mistake: the gathered results are read with round brackets ('list' object is not callable).
import asyncio
import random

random.seed(7)


async def worker(label):
    await asyncio.sleep(0.05)
    return label + str(random.randint(1, 10))


async def main():
    results = await asyncio.gather(worker('A'), worker('B'), worker('C'))
    print('all:', results)
    for i in range(len(results)):
        print(i, results(i))


asyncio.run(main())
