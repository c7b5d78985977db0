# main fails while a task it made is pending: the task is cancelled, and what main's frame held dies at exit.
import asyncio

class Report:
    def __del__(self):
        print("report discarded")

async def factorial(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    report = Report()
    later = factorial(9)
    tasks = [asyncio.create_task(factorial(n)) for n in (3, 4)]
    total = sum(tasks)
    print(total)

asyncio.run(main())
