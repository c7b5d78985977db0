import asyncio

names = [n for n in dir(asyncio) if not n.startswith("_")]
for wanted in ["run", "Runner", "TaskGroup", "timeout", "timeout_at", "Timeout", "Barrier",
               "BrokenBarrierError", "to_thread", "create_task", "gather", "shield", "wait",
               "wait_for", "as_completed", "Queue", "PriorityQueue", "LifoQueue", "Event",
               "Condition", "Semaphore", "BoundedSemaphore", "Lock", "sleep", "iscoroutine",
               "run_coroutine_threadsafe", "current_task", "all_tasks", "get_running_loop"]:
    if wanted not in names:
        print("missing", wanted)
print("Runner" in asyncio.__all__, "TaskGroup" in asyncio.__all__, "timeout" in asyncio.__all__)
print(asyncio.Timeout.__name__, asyncio.Runner.__module__, asyncio.TaskGroup.__module__)
print(asyncio.Barrier.__module__, asyncio.Queue.__module__, asyncio.Lock.__module__)
