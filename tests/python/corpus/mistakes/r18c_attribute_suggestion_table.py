import asyncio
import sys


class Job:
    def __init__(self):
        self.retry_count = 0
        self.maxRetries = 3
        self.URL = "x"
        self.payload_bytes = b""

    def run_async(self):
        pass


cases = [
    (Job(), "retrycount"), (Job(), "retry_cnt"), (Job(), "max_retries"),
    (Job(), "MaxRetries"), (Job(), "url"), (Job(), "payload"),
    (Job(), "payloadbytes"), (Job(), "r"), (Job(), "runasync"), ("text", "remove"),
    ("text", "startwith"), ("text", "Upper"), ([], "push"), ([], "add"),
    ({}, "has_key"), ({}, "iteritems"), (set(), "append"), (set(), "push"),
    (asyncio, "sleeep"), (asyncio, "create_tasks"), (asyncio, "Taskgroup"),
    (asyncio, "run_forever"), (asyncio, "gather_all"), (asyncio, "wait_until"),
    (asyncio, "waitfor"), (asyncio, "Queueempty"), (asyncio, "get_loop"),
    (1.5, "is_int"), (None, "get"), (Job, "retry_count"), (3, "real_part"),
]
for obj, name in cases:
    try:
        getattr(obj, name)
    except AttributeError:
        sys.excepthook(*sys.exc_info())
