import asyncio, re

def clean(o):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(o))

async def main():
    s = asyncio.Semaphore(2)
    print(clean(s))
    await s.acquire()
    await s.acquire()
    print(clean(s), s.locked())
    t = asyncio.create_task(s.acquire())
    await asyncio.sleep(0)
    print(clean(s))
    s.release()
    await t
    s.release(); s.release()
    s.release()
    print('plain semaphore over-released:', clean(s))
    b = asyncio.BoundedSemaphore(1)
    print(clean(b))
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
