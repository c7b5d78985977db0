# Async methods on a class: a kitchen cooking dishes concurrently and recording the order.
import asyncio

class Kitchen:
    def __init__(self):
        self.ready = []

    async def cook(self, dish, minutes):
        print(f"start {dish}")
        await asyncio.sleep(minutes / 10)
        self.ready.append(dish)
        print(f"done  {dish}")
        return f"{dish} ({minutes} min)"

async def main():
    k = Kitchen()
    menu = {"pasta": 3, "salad": 1, "soup": 2}
    tasks = [asyncio.create_task(k.cook(d, m)) for d, m in menu.items()]
    results = [await t for t in tasks]
    print(results)
    print("order ready:", k.ready)

asyncio.run(main())
