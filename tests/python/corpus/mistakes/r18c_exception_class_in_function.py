import asyncio


def make_client(base):
    class RequestError(Exception):
        pass

    class Client:
        class Timeout(Exception):
            pass

        async def get(self, path):
            await asyncio.sleep(0)
            if path.startswith("/slow"):
                raise Client.Timeout(f"{base}{path} took too long")
            raise RequestError(f"404 for {base}{path}")

    return Client()


async def main():
    client = make_client("http://api")
    try:
        await client.get("/missing")
    except Exception as exc:
        print(type(exc).__qualname__, "-", exc)
    await client.get("/slow/report")


asyncio.run(main())
