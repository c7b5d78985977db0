# the 34.4.1 listing turned into a class with async methods
import asyncio

class Program:
    def __init__(self, answer=42):
        self.answer = answer

    async def worker(self):
        print('worker - will take some time')
        await asyncio.sleep(0.1)
        print('worker - done it')
        return self.answer

    async def do_something(self):
        print('do_something - will wait for worker')
        result = await self.worker()
        print('do_something - result:', result)

    def main(self):
        print('Main - Starting')
        asyncio.run(self.do_something())
        print('Main - Done')

if __name__ == '__main__':
    Program().main()
    Program(7).main()
