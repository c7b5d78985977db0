# printed the loop's settings before changing anything
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print('debug:', loop.get_debug())
    print('slow_callback_duration:', loop.slow_callback_duration)
    print('exception handler:', loop.get_exception_handler())
    print('task factory:', loop.get_task_factory())
    print('running:', loop.is_running(), 'closed:', loop.is_closed())
    return loop

loop = asyncio.run(main())
print('after run closed:', loop.is_closed(), 'running:', loop.is_running())
