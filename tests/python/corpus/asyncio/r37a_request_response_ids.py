# Matching responses to requests by id with futures stored in a dict, answered out of order by a server task
import asyncio
import itertools


class Client:
    def __init__(self):
        self.ids = itertools.count(1)
        self.pending = {}
        self.inbox = asyncio.Queue()

    async def call(self, payload):
        rid = next(self.ids)
        fut = asyncio.get_running_loop().create_future()
        self.pending[rid] = fut
        await self.inbox.put((rid, payload))
        return await fut

    def deliver(self, rid, result=None, error=None):
        fut = self.pending.pop(rid)
        if error:
            fut.set_exception(error)
        else:
            fut.set_result(result)


async def server(client):
    batch = [await client.inbox.get() for _ in range(3)]
    for rid, payload in reversed(batch):
        await asyncio.sleep(0.01)
        if payload < 0:
            client.deliver(rid, error=ValueError(f"negative: {payload}"))
        else:
            client.deliver(rid, payload * 10)
        print("answered", rid)


async def main():
    c = Client()
    srv = asyncio.create_task(server(c))
    results = await asyncio.gather(c.call(1), c.call(-2), c.call(3), return_exceptions=True)
    print(results)
    await srv
    print("pending left:", c.pending)


asyncio.run(main())
