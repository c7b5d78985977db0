# a learner calls asyncio.run for each listing in turn, then reuses a coroutine
import asyncio

async def worker(x):
    await asyncio.sleep(0.05)
    return x * 2

async def do_gather():
    return await asyncio.gather(worker(1), worker(2))

def main():
    print('first run:', asyncio.run(do_gather()))
    print('second run:', asyncio.run(do_gather()))
    coro = worker(5)
    print('third run:', asyncio.run(coro))
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        asyncio.run(worker)
    except ValueError as e:
        print('ValueError:', str(e).split(' at ')[0])

if __name__ == '__main__':
    main()
