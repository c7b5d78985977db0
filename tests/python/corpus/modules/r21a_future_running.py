# Future.running()/done() while a pool job is in progress and queued
from concurrent.futures import ThreadPoolExecutor
import time
ex = ThreadPoolExecutor(max_workers=1)
f = ex.submit(time.sleep, 0.3)
g = ex.submit(time.sleep, 0.1)
time.sleep(0.1)
print("f running:", f.running(), "done:", f.done())
print("g running:", g.running(), "done:", g.done())
print("cancel running f:", f.cancel())
f.result()
time.sleep(0.05)
print("g running:", g.running())
g.result()
print("g done:", g.done(), "running:", g.running())
ex.shutdown()
