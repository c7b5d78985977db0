import asyncio

def tail(obj):
    text = repr(obj)
    return text[text.index("["):]

async def main():
    sem = asyncio.Semaphore(1)
    print(tail(sem))
    await sem.acquire()
    print(tail(sem))
    waiters = [asyncio.create_task(sem.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print(tail(sem))
    sem.release()
    await asyncio.sleep(0)
    print(tail(sem))
    bs = asyncio.BoundedSemaphore(3)
    print(tail(bs), type(bs).__mro__[1].__name__)
    for w in waiters:
        w.cancel()

asyncio.run(main())
