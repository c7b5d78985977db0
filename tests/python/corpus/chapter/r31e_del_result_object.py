# results are objects with __del__, to watch when they disappear
import asyncio

class Result:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Result({self.v})'
    def __del__(self):
        print('freeing', self)

async def worker(v):
    await asyncio.sleep(0.01 * v)
    return Result(v)

async def main():
    results = await asyncio.gather(worker(1), worker(2))
    print('got', results)
    results.pop()
    print('popped one')
    return results[0]

r = asyncio.run(main())
print('main returned', r)
del r
print('end of program')
