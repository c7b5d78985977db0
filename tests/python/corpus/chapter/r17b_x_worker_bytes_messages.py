# The gather listing with workers that return bytes messages, decoded and split by the caller
import asyncio
import random

async def worker(label):
    await asyncio.sleep(0.1)
    value = random.randint(1, 10)
    return f'{label}:{value}'.encode()

async def do_something():
    raw = await asyncio.gather(*(worker(c) for c in 'ABC'))
    print('raw:', raw)
    pairs = [r.split(b':') for r in raw]
    print({k.decode(): int(v) for k, v in pairs})
    print(b'|'.join(raw).upper(), sum(int(v) for _, v in pairs))

random.seed(12)
asyncio.run(do_something())
