# A pool job submitting another job to the same pool
from concurrent.futures import ThreadPoolExecutor
ex = ThreadPoolExecutor(max_workers=2)
def child(x):
    return x * 2
def parent(x):
    return ex.submit(child, x).result() + 1
print(ex.submit(parent, 5).result())
print(list(ex.map(child, range(3))))
ex.shutdown()
print("shut down")
