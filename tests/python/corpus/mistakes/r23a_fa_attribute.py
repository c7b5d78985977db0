import asyncio

class Response:
    def __init__(self, status):
        self.status = status

async def fetch(url):
    await asyncio.sleep(0.01)
    return Response(200)

async def main():
    resp = fetch("https://example.com")
    print("status:", resp.status)

asyncio.run(main())
