# the pre-3.7 way I found in an old answer: get_event_loop and run_until_complete
import asyncio
import random

random.seed(10)

async def worker(label):
    await asyncio.sleep(0.01)
    return label + str(random.randint(1, 10))

def main():
    print('Main - Starting')
    loop = asyncio.get_event_loop()
    results = loop.run_until_complete(asyncio.gather(worker('A'), worker('B')))
    print(results)
    loop.close()
    print('Main - Done')

if __name__ == '__main__':
    main()
