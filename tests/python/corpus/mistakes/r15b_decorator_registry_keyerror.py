# Mistake: a registering decorator looks up a category that does not exist yet.
handlers = {"start": [], "stop": []}

def on(event):
    def register(func):
        handlers[event].append(func)
        return func
    return register

@on("start")
def hello():
    print("hello")

@on("stopp")
def bye():
    print("bye")

for func in handlers["start"]:
    func()
