# send() with a value to a generator that has not started.
def echo():
    while True:
        got = yield
        print("got", got)

g = echo()
g.send("hello")
