# Classic pool: job queue in, result queue out, sentinels, ordered report
import threading, queue
jobs, results = queue.Queue(), queue.Queue()
def worker():
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            break
        n, word = job
        results.put((n, word.upper()))
        jobs.task_done()
workers = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
for w in workers: w.start()
for n, word in enumerate("the quick brown fox jumps".split()):
    jobs.put((n, word))
for _ in workers: jobs.put(None)
jobs.join()
for w in workers: w.join()
out = sorted(results.get() for _ in range(results.qsize()))
print([w for _, w in out])
print(any(w.is_alive() for w in workers))
