# An awaitable whose __await__ yields a plain number: the task reports a bad yield
import asyncio


class Ticket:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        reply = yield self.n
        return reply


async def main():
    print("waiting for ticket")
    value = await Ticket(7)
    print("value", value)


asyncio.run(main())
