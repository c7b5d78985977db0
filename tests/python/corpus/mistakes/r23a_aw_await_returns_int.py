import asyncio

class Timer:
    def __init__(self, seconds):
        self.seconds = seconds

    def __await__(self):
        return self.seconds

async def main():
    await Timer(1)
    print("timer finished")

asyncio.run(main())
