# a cancelled task's locals are freed when the list holding the task is deleted
import asyncio

class Resource:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('freed resource', self.n)

async def hold(n):
    r = Resource(n)
    await asyncio.sleep(10)

async def main():
    ts = [asyncio.create_task(hold(i)) for i in range(2)]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    print('task 0 cancelled:', ts[0].cancelled())
    del ts
    print('main ends')

asyncio.run(main())
print('end')
