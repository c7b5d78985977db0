# sorting out worker results with a match statement
import asyncio
import random

random.seed(21)

async def worker(i):
    await asyncio.sleep(0.01)
    kind = random.choice(['ok', 'retry', 'fail'])
    return {'id': i, 'status': kind, 'value': random.randint(1, 99)} if kind != 'fail' else None

async def main():
    for r in await asyncio.gather(*(worker(i) for i in range(6))):
        match r:
            case {'status': 'ok', 'value': v} if v > 50:
                print('big ok', v)
            case {'status': 'ok', 'value': v}:
                print('ok', v)
            case {'status': 'retry', 'id': i}:
                print('retry', i)
            case None:
                print('failed')

asyncio.run(main())
