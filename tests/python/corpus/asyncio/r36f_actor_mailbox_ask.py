# A tiny actor with a mailbox; ask() sends a message with a Future for the reply.
import asyncio

class Counter:
    def __init__(self):
        self.mailbox = asyncio.Queue()
        self.value = 0
        self.task = asyncio.create_task(self.run())

    async def run(self):
        while True:
            msg, arg, reply = await self.mailbox.get()
            if msg == "add":
                self.value += arg
                reply.set_result(self.value)
            elif msg == "get":
                reply.set_result(self.value)
            elif msg == "stop":
                reply.set_result("stopped")
                return
            else:
                reply.set_exception(ValueError(f"unknown message {msg!r}"))

    async def ask(self, msg, arg=None):
        reply = asyncio.get_running_loop().create_future()
        await self.mailbox.put((msg, arg, reply))
        return await reply

async def main():
    c = Counter()
    print(await asyncio.gather(*(c.ask("add", i) for i in range(1, 5))))
    print(await c.ask("get"))
    try:
        await c.ask("multiply", 2)
    except ValueError as e:
        print("error:", e)
    print(await c.ask("stop"), c.task.done())

asyncio.run(main())
