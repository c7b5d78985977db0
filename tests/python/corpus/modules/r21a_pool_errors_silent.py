# Exceptions in pool jobs are silent until result() is called
from concurrent.futures import ThreadPoolExecutor
def fail(n):
    raise ValueError(f"job {n} failed")
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(fail, i) for i in range(3)]
print("nothing printed so far")
print(fs[1].exception())
fs[2].result()
