# asyncio.eager_task_factory is from 3.12: a 3.11 AttributeError
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print("factory before:", loop.get_task_factory())
    loop.set_task_factory(asyncio.eager_task_factory)

asyncio.run(main())
