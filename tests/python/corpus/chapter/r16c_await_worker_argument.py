# 34.4.1 with the worker given a name and a delay, awaited twice in turn
import asyncio

async def worker(name, delay):
    print(f'worker {name} - will take {delay}s')
    await asyncio.sleep(delay)
    print(f'worker {name} - done it')
    return len(name) * 10

async def do_something():
    print('do_something - will wait for worker')
    a = await worker('alpha', 0.2)
    b = await worker('be', 0.1)
    print('do_something - results:', a, b, a + b)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
