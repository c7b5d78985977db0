# used match/case on what the workers returned
import asyncio

async def worker(i):
    await asyncio.sleep(0.01)
    return [None, 42, ('error', 'timeout'), {'value': 7}, 'text', [1, 2, 3]][i]

def describe(r):
    match r:
        case None:
            return 'nothing'
        case int(n) if n > 40:
            return f'big int {n}'
        case ('error', reason):
            return f'error because {reason}'
        case {'value': v}:
            return f'dict with value {v}'
        case [first, *rest]:
            return f'list starting {first} plus {len(rest)}'
        case _:
            return f'something else: {r!r}'

async def main():
    for r in await asyncio.gather(*(worker(i) for i in range(6))):
        print(describe(r))

asyncio.run(main())
