# Returning a caught exception keeps the whole failed frame alive.
import gc

class Lock:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)

def risky():
    lock = Lock("db-lock")
    try:
        return {}["row"]
    except KeyError as e:
        failure = e
    return failure

err = risky()
print("got", repr(err))
print("frame local still alive:", err.__traceback__.tb_frame.f_locals["lock"].name)
del err
print("dropped the error")
gc.collect()
print("after collect")
