# closed one worker coroutine before running it and threw an error into another
import asyncio

async def worker(label):
    try:
        print('worker', label, 'started')
        await asyncio.sleep(0.05)
        return label
    finally:
        print('worker', label, 'cleanup')

async def main():
    c1 = worker('A')
    c1.close()
    c2 = worker('B')
    try:
        c2.throw(KeyError('thrown in'))
    except KeyError as e:
        print('throw before start ->', repr(e))
    c3 = worker('C')
    print(c3.send(None) is None or 'a future')
    c3.close()
    print(await worker('D'))
    await c1

asyncio.run(main())
