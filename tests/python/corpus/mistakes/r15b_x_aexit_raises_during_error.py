# Mistake: __aexit__ itself fails while an error from the body is on its way out (both shown, chained).
import asyncio

class Session:
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print("closing after", exc_type.__name__)
        self.log.append("closed")

async def main():
    async with Session() as s:
        data = {"user": "ada"}
        print(data["id"])

asyncio.run(main())
