import asyncio

class Session:
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("session open")
        return ("user", "token", "extra")
    async def __aexit__(self, et, ev, tb):
        print("session closed:", et.__name__ if et else None)
        return et is ValueError

async def main():
    async with Session() as (user, token, extra):
        print("got", user, token, extra)
    async with Session() as (user, token):
        print("not reached")
    print("main continues")

asyncio.run(main())
