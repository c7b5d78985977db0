import asyncio

class TrackingQueue(asyncio.Queue):
    def _put(self, item):
        print('store', item)
        super()._put(item)
    def _get(self):
        item = super()._get()
        print('take', item)
        return item

async def main():
    q = TrackingQueue(maxsize=5)
    await q.put('x')
    await q.put('y')
    print(str(q))
    print(await q.get())
    q.task_done()
    print(str(q))

asyncio.run(main())
