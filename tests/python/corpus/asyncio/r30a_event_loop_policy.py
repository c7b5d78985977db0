# A custom event loop policy whose loops count themselves
import asyncio

class CountingPolicy(asyncio.DefaultEventLoopPolicy):
    made = 0
    def new_event_loop(self):
        CountingPolicy.made += 1
        return super().new_event_loop()

asyncio.set_event_loop_policy(CountingPolicy())
print(type(asyncio.get_event_loop_policy()).__name__)

async def main():
    return type(asyncio.get_running_loop()).__name__

print(asyncio.run(main()))
print(asyncio.run(main()))
print("loops made:", CountingPolicy.made)
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
