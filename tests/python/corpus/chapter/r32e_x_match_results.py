# using match on what each gathered worker returns
import asyncio
import random

random.seed(21)

async def worker(i):
    await asyncio.sleep(0.01)
    kind = random.choice(['ok', 'retry', 'fail'])
    if kind == 'ok':
        return ('ok', i * 3)
    if kind == 'retry':
        return ('retry', random.randint(1, 3))
    return ('fail', f'job {i} failed')

async def do_something():
    for result in await asyncio.gather(*(worker(i) for i in range(6))):
        match result:
            case ('ok', value):
                print('ok   ', value)
            case ('retry', n) if n > 1:
                print('retry', n, 'times')
            case ('retry', _):
                print('retry once')
            case ('fail', msg):
                print('fail ', msg.upper())

asyncio.run(do_something())
