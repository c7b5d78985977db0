import threading

results = {}


def worker(name, numbers):
    total = 0
    for n in numbers:
        total += n
    results[name] = total / len(numbers)


threads = [
    threading.Thread(target=worker, args=("a", [1, 2, 3])),
    threading.Thread(target=worker, args=("b", []), name="avg-b"),
]
for t in threads:
    t.start()
    t.join()
print(sorted(results.items()))
