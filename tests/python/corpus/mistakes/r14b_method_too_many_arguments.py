# Mistake: a method defined without self is called on an instance (takes 1 positional argument but 2 were given).
import asyncio


class Worker:
    def __init__(self, label):
        self.label = label

    async def run(delay):
        await asyncio.sleep(delay)
        return 'done'


async def main():
    w = Worker('A')
    print('starting', w.label)
    print(await w.run(0.1))


asyncio.run(main())
