# waiting on an empty queue with wait_for: TimeoutError, and the queue still works
import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.1)
    except asyncio.TimeoutError:
        print('nothing arrived')
    asyncio.get_running_loop().call_later(0.05, q.put_nowait, 'late item')
    print(await asyncio.wait_for(q.get(), timeout=0.5))
    print(q.empty(), len(q._getters))

asyncio.run(main())
