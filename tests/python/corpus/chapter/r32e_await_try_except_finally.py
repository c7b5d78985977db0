# catching the worker's error inside do_something with try/except/finally
import asyncio

async def worker(n):
    print('worker - will take some time')
    await asyncio.sleep(0.02)
    return 100 // n

async def do_something():
    for n in (5, 0, 3):
        print('do_something - will wait for worker with', n)
        try:
            result = await worker(n)
        except ZeroDivisionError as e:
            print('do_something - oops:', e)
        else:
            print('do_something - result:', result)
        finally:
            print('do_something - round done')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
