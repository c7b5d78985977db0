# Two awaits one after the other, results added.
import asyncio

async def worker(n):
    print(f'worker {n} - will take some time')
    await asyncio.sleep(0.05 * n)
    print(f'worker {n} - done it')
    return n * 10

async def do_something():
    a = await worker(1)
    b = await worker(2)
    print('do_something - results:', a, b, 'sum', a + b)
    return a + b

def main():
    print('Main - Starting')
    total = asyncio.run(do_something())
    print('Main - run returned', total)
    print('Main - Done')

if __name__ == '__main__':
    main()
