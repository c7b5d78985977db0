# Looking at the event loop's settings and policy before running the factorials.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), "slow callback:", loop.slow_callback_duration)
    print("handler:", loop.get_exception_handler(), "task factory:", loop.get_task_factory())
    print("policy:", type(asyncio.get_event_loop_policy()).__name__)
    print("same loop:", asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
    print(await factorial(6))
    print(asyncio.Task.__mro__)
    print([c.__name__ for c in asyncio.Semaphore.__mro__], asyncio.BoundedSemaphore.__bases__)


asyncio.run(main())
