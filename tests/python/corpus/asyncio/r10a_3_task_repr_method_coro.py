import asyncio, re

def clean(o):
    return re.sub(r' at /\S+:(\d+)', r' at FILE:\1', repr(o))

class Service:
    async def run(self, n):
        await asyncio.sleep(n)
    @classmethod
    async def start(cls):
        await asyncio.sleep(1)
    @staticmethod
    async def helper():
        await asyncio.sleep(1)

async def main():
    s = Service()
    ts = [asyncio.create_task(s.run(1), name='m'), asyncio.create_task(Service.start(), name='c'),
          asyncio.create_task(Service.helper(), name='s')]
    await asyncio.sleep(0)
    for t in ts:
        print(clean(t))
        t.cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    for t in ts:
        print(clean(t))

asyncio.run(main())
