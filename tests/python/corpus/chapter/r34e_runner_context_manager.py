# Python 3.11 has asyncio.Runner, so I ran the book's three listings in one runner
import asyncio
import random

random.seed(2)

async def worker(label=''):
    await asyncio.sleep(0.01)
    return label + str(random.randint(1, 10))

async def gather_them():
    return await asyncio.gather(worker(), worker(), worker())

async def one():
    return await worker('X')

def main():
    print('Main - Starting')
    with asyncio.Runner() as runner:
        print('first:', runner.run(one()))
        print('gather:', runner.run(gather_them()))
        loop = runner.get_loop()
        print('loop running?', loop.is_running(), 'closed?', loop.is_closed())
    print('closed after with?', loop.is_closed())
    print('Main - Done')

if __name__ == '__main__':
    main()
