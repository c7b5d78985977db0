# stopping a worker generator by throwing an exception into it
def worker():
    try:
        while True:
            job = yield
            print("doing", job)
    finally:
        print("worker cleanup")

w = worker()
next(w)
w.send("a")
w.throw(RuntimeError("stop now"))
