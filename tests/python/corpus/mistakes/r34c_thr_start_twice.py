# Restarting a finished thread instead of creating a new one
import threading

results = []

def work(n):
    results.append(n * n)

t = threading.Thread(target=work, args=(3,))
t.start()
t.join()
print(results)
t.start()
