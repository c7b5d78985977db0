# asyncio.sleep(0) in a coroutine driven by hand yields None out of send()
import asyncio

async def steps():
    print('step 1')
    await asyncio.sleep(0)
    print('step 2')
    await asyncio.sleep(0)
    return 'finished'

c = steps()
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration:', e.value)
