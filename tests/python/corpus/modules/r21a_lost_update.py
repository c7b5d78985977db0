# Lost update: read, sleep, write back from several threads
import threading, time
balance = 100
def deposit(amount):
    global balance
    current = balance
    time.sleep(0.1)
    balance = current + amount
ts = [threading.Thread(target=deposit, args=(10,)) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("expected 150, got", balance)
balance = 100
lock = threading.Lock()
def safe_deposit(amount):
    global balance
    with lock:
        current = balance
        time.sleep(0.02)
        balance = current + amount
ts = [threading.Thread(target=safe_deposit, args=(10,)) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("with lock:", balance)
