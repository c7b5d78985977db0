import asyncio

async def main():
    q = asyncio.Queue()
    asyncio.get_running_loop().call_later(0.3, q.put_nowait, 'late')
    for i in range(3):
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.2)
            print('got', item)
            break
        except asyncio.TimeoutError:
            print('nothing yet', i)
    print('empty now', q.empty(), 'getters', len(q._getters))

asyncio.run(main())
