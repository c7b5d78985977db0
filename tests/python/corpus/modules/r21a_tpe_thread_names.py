# thread_name_prefix names the pool threads
from concurrent.futures import ThreadPoolExecutor
import threading
def who(_):
    return threading.current_thread().name
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dl") as ex:
    print(set(ex.map(who, range(5))))
def init(tag):
    threading.current_thread().tag = tag
def tag(_):
    return threading.current_thread().tag
with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("ready",)) as ex:
    print(set(ex.map(tag, range(4))))
