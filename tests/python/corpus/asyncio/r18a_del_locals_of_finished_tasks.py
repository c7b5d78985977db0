# when a task's local objects are freed: after it finishes and its last reference goes
import asyncio

class Resource:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('freed resource', self.n)

async def hold(n, d):
    r = Resource(n)
    await asyncio.sleep(d)
    return n

async def main():
    ts = [asyncio.create_task(hold(i, 0.01 * (i + 1))) for i in range(3)]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    print('task 0 cancelled:', ts[0].cancelled())
    print('results:', await asyncio.gather(*ts[1:]))
    del ts
    print('main ends')

asyncio.run(main())
print('end')
