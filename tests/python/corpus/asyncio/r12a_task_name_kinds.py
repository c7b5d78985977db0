# test_tasks: test_task_set_name_pylong and names given at creation
import asyncio

async def nop():
    pass

async def main():
    t1 = asyncio.create_task(nop(), name="first")
    t2 = asyncio.create_task(nop(), name=1 << 70)
    t3 = asyncio.create_task(nop(), name=None)
    print(t1.get_name())
    print(t2.get_name(), type(t2.get_name()).__name__)
    print(t3.get_name().startswith("Task-"))
    t1.set_name(("a", 1))
    print(t1.get_name())
    t1.set_name(3.5)
    print(repr(t1.get_name()))
    await asyncio.gather(t1, t2, t3)

asyncio.run(main())
