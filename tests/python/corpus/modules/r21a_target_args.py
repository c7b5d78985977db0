# Thread with target, args and kwargs; join collects results in a list
import threading
results = []
def work(name, n, *, scale=1):
    results.append((name, n * scale))
t1 = threading.Thread(target=work, args=("a", 3))
t2 = threading.Thread(target=work, args=("b", 4), kwargs={"scale": 10})
t1.start(); t1.join()
t2.start(); t2.join()
print(results)
t3 = threading.Thread(target=work, args=["c"], kwargs=dict(n=5, scale=2))
t3.start(); t3.join()
print(results[-1])
print(t1.is_alive(), t2.is_alive())
