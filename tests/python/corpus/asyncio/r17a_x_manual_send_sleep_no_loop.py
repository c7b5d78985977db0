# stepping a coroutine with send(None) outside asyncio: sleep(0) yields, sleep(1) needs a loop
import asyncio

async def countdown(n):
    while n:
        print('count', n)
        await asyncio.sleep(0)
        n -= 1
    await asyncio.sleep(1)
    return 'never'

c = countdown(2)
print(c.send(None))
print(c.send(None))
c.send(None)
