import asyncio

class Service:
    async def start(self):
        await asyncio.sleep(0)
        print("service started")
        return self

def boot(service):
    result = service.start()
    print("boot got:", type(result).__name__)
    return result

async def main():
    coro = boot(Service())
    svc = await coro
    print(type(svc).__name__)

asyncio.run(main())
