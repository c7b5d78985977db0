# The body raises after its children finished; results of the finished children are still there.
import asyncio

async def work(n):
    await asyncio.sleep(0)
    return n * 10

async def main():
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(work(n)) for n in range(3)]
            await asyncio.sleep(0.01)
            raise LookupError('body failed')
    except ExceptionGroup as eg:
        print(repr(eg))
    except LookupError as e:
        print('bare LookupError', e)
    print([t.result() for t in tasks])

asyncio.run(main())
