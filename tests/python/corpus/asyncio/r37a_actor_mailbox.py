# A tiny actor: messages go into a mailbox queue and replies come back on futures; a bad message kills it
import asyncio


class Counter:
    def __init__(self):
        self.mailbox = asyncio.Queue()
        self.value = 0
        self.task = asyncio.create_task(self.run(), name="counter-actor")

    async def run(self):
        while True:
            msg, reply = await self.mailbox.get()
            if msg == "incr":
                self.value += 1
                reply.set_result(self.value)
            elif msg == "get":
                reply.set_result(self.value)
            else:
                reply.set_exception(TypeError(f"unknown message {msg!r}"))
                raise SystemError("actor stopped")

    async def ask(self, msg):
        reply = asyncio.get_running_loop().create_future()
        await self.mailbox.put((msg, reply))
        return await reply


async def main():
    c = Counter()
    print([await c.ask("incr") for _ in range(3)])
    print("get:", await c.ask("get"))
    try:
        await c.ask("reset")
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)
    print("actor done:", c.task.done())
    await c.task


asyncio.run(main())
